using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Cycles;

namespace CouncilProposals.Web.Tests.Features.EqualityImpact;

/// <summary>One test proposal's screening: each answer with the characteristics a reader finds named in it.</summary>
public sealed record ScreeningSpec(string Directorate, ProposalStatus Status, decimal[] Savings, bool FullEa, (int Question, bool Yes, string Impact, string[] Names)[] Answers)
{
    public decimal Total => Savings.Sum();

    public bool AnyYes => Answers.Any(a => a.Yes);

    public bool Names(string characteristic) => Answers.Any(a => a.Yes && a.Names.Contains(characteristic));

    public bool YesTo(int question) => Answers.Any(a => a.Yes && a.Question == question);
}

/// <summary>
/// The proposals the equality impact tests make, in a cycle of their own, with a pack of the approved ones; and the
/// figures worked out from them here, by hand-written rules, not by the application's code.
/// </summary>
public static class EqualityImpactData
{
    public static readonly string[] Characteristics =
    [
        "Age", "Disability", "Gender reassignment", "Marriage and civil partnership", "Pregnancy and maternity", "Race", "Religion or belief", "Sex",
        "Sexual orientation", "Socio-economic disadvantage",
    ];

    public static readonly string[] EqualityActNine = Characteristics[..9];

    public static readonly ScreeningSpec[] Specs =
    [
        new("HAC", ProposalStatus.Submitted, [100.5m, 50m, 0m], true,
            [(1, true, "Older people and disabled residents use the service most", ["Age", "Disability"]), (2, true, "As above", ["Age", "Disability"]), (5, false, "Race: no change to access", [])]),
        new("RES", ProposalStatus.Approved, [70.2m, 20m, 0m], false,
            [(1, true, "Mainly affects women on low incomes", ["Sex", "Socio-economic disadvantage"]), (5, true, "Fewer opening hours", [])]),
        new("CHI", ProposalStatus.Draft, [33.3m, 0m, 0.1m], true,
            [(6, true, "Staff affected are mostly from minority ethnic groups", ["Race"])]),
        new("PLA", ProposalStatus.Withdrawn, [999m, 0m, 0m], true, [(1, true, "Age", ["Age"])]),
        new("GOV", ProposalStatus.AgreedByCabinet, [10m, 0m, 0m], false, [(3, false, "Age: no impact", [])]),
        new("HAC", ProposalStatus.Approved, [250m, 0m, 0m], true,
            [(1, true, "Across all protected characteristics", EqualityActNine), (3, true, "Pregnant women lose the drop-in clinic", ["Pregnancy and maternity", "Sex"])]),
        new("RES", ProposalStatus.Approved, [12.3m, 4.5m, 0m], false, [(7, true, "Roles merge", [])]),
    ];

    /// <summary>The proposals a cycle's figures count: all but withdrawn and not agreed by Cabinet.</summary>
    public static IReadOnlyList<ScreeningSpec> Counted(Func<ScreeningSpec, bool>? which = null) =>
        Specs.Where(s => s.Status is not (ProposalStatus.Withdrawn or ProposalStatus.NotAgreedByCabinet) && (which ?? (_ => true))(s)).ToList();

    public static IReadOnlyList<ScreeningSpec> InPack => Specs.Where(s => s.Status == ProposalStatus.Approved).ToList();

    public static string Money(decimal thousands) => thousands.ToString("#,##0.#", CultureInfo.InvariantCulture);

    public static (int Count, string Savings) Of(IEnumerable<ScreeningSpec> specs)
    {
        var list = specs.ToList();
        return (list.Count, Money(list.Sum(s => s.Total)));
    }

    /// <summary>Makes the specs' proposals in a new cycle, and a pack of its approved ones; returns the cycle and the pack's id.</summary>
    public static async Task<(MtfsCycle Cycle, int PackId)> BuildAsync(CouncilProposalsFactory factory)
    {
        var packId = 0;
        var cycle = await TestCycles.WithProposalsAsync(factory, async (cycle, db) =>
        {
            var approved = new List<Proposal>();
            foreach (var spec in Specs)
            {
                var answers = Enumerable.Range(1, 7).Select(q => spec.Answers.FirstOrDefault(a => a.Question == q) is { Impact: not null } a ? (a.Yes, (string?)a.Impact) : (false, null)).ToArray();
                var proposal = await new ProposalBuilder().InCycle(cycle.Id).InDirectorate(spec.Directorate).WithSavings(5000m, spec.Savings)
                    .WithScreening(spec.FullEa, answers).InStatus(spec.Status).BuildAsync(db);
                if (spec.Status == ProposalStatus.Approved)
                {
                    approved.Add(proposal);
                }
            }

            var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2026, 2, 17), $"Equality test pack {Guid.NewGuid():N}", "Unrestricted");
            pack.SetProposals(approved.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            packId = pack.Id;
        });
        return (cycle, packId);
    }
}
