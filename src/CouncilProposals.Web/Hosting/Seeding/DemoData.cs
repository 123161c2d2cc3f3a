using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;
namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>
/// Demo proposals for Development: the golden sample exactly as the council wrote it, and a realistic spread of
/// other proposals across directorates and statuses, so that a newcomer sees a working system.
/// </summary>
public static class DemoData
{
    public const string EmailDomain = "council.example";

    /// <summary>The savings (£000) the demo cycle's MTFS asks for in each of its years.</summary>
    private static readonly decimal[] DemoTargets = [2500m, 2000m, 1000m];

    public static string Officer(string code) => $"officer.{code.ToLowerInvariant()}@{EmailDomain}";

    public static string Director(string code) => $"director.{code.ToLowerInvariant()}@{EmailDomain}";

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Proposals.AnyAsync(cancellationToken))
        {
            return;
        }

        var cycle = await db.Cycles.SingleAsync(c => c.IsOpen, cancellationToken);
        var hac = await db.Directorates.SingleAsync(d => d.Code == "HAC", cancellationToken);

        // HAC 001-008 of 2021-24 were agreed on paper before the system; the golden sample is 009.
        db.ReferenceCounters.Add(new ReferenceCounter(cycle.Id, hac.Id, lastNumber: 8));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var spec in DemoProposals.All)
        {
            await AddProposalAsync(db, spec, fill: true, cancellationToken);
        }

        // The savings the MTFS asks of the cycle, so the overview shows the gap still to find.
        var plan = new SavingsPlan(cycle);
        plan.Update(cycle, cycle.SavingsYears.Zip(DemoTargets).ToDictionary(t => t.First, t => (Money?)Money.FromThousands(t.Second)), ConfidenceWeights.Default);
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }


    /// <summary>
    /// Adds one proposal to the open cycle (or the spec's own) as its directorate's officer would: created, then (when
    /// <paramref name="fill"/>) filled in from the spec and taken as far as its status. The tests build theirs here too.
    /// </summary>
    public static async Task<Proposal> AddProposalAsync(AppDbContext db, DemoProposal spec, bool fill, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.SingleAsync(c => spec.CycleId == null ? c.IsOpen : c.Id == spec.CycleId, cancellationToken);
        var directorate = await db.Directorates.SingleAsync(d => d.Code == spec.DirectorateCode, cancellationToken);
        var officer = spec.CreatedBy ?? Officer(spec.DirectorateCode);
        var created = await new ProposalCreator(db).CreateAsync(cycle.Id, directorate.Id, spec.Title, officer, cancellationToken);
        var proposal = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == created.Id, cancellationToken);
        if (fill)
        {
            spec.Fill(proposal, await DemoLists.LoadAsync(db, cancellationToken), cycle.SavingsYears, officer);
        }

        spec.Progress(proposal, Director(spec.DirectorateCode));
        await db.SaveChangesAsync(cancellationToken);
        return proposal;
    }
}

/// <summary>Ids of the list entries the demo proposals use, looked up by name.</summary>
public sealed class DemoLists(Dictionary<string, int> savingsTypes, Dictionary<string, int> serviceAreas, Dictionary<int, int> outcomes)
{
    public int SavingsType(string name) => savingsTypes[name];

    public int ServiceArea(string name) => serviceAreas[name];

    public int Outcome(int number) => outcomes[number];

    public static async Task<DemoLists> LoadAsync(AppDbContext db, CancellationToken cancellationToken) => new(
        await db.SavingsTypes.ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken),
        await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken),
        await db.StrategicPriorityOutcomes.ToDictionaryAsync(o => o.Number, o => o.Id, cancellationToken));
}

/// <summary>One demo proposal: what the officer wrote and how far it has gone.</summary>
public sealed record DemoProposal(
    string DirectorateCode,
    string Title,
    string SavingsType,
    string ServiceArea,
    int Outcome,
    string LeadOfficer,
    string LeadMember,
    decimal Budget,
    decimal[] Savings,
    decimal[]? Income,
    (decimal Current, decimal[] Reductions)? Staffing,
    string Summary,
    string[] Answers,
    (string Risk, string Mitigation)[] Risks,
    string Resources,
    (bool Answer, string? Impact)[] Screening,
    bool FullEaRequired,
    ProposalStatus Status,
    string? ReturnReason = null,
    string? DirectorateService = null,
    string? CreatedBy = null,
    int? CycleId = null)
{
    public void Fill(Proposal proposal, DemoLists lists, IReadOnlyList<FinancialYear> years, string officer)
    {
        proposal.UpdateDetails(
            new ProposalDetails(Title, lists.SavingsType(SavingsType), lists.ServiceArea(ServiceArea), DirectorateService ?? ServiceArea,
                lists.Outcome(Outcome), LeadOfficer, LeadMember),
            officer);

        var lines = Savings.Select((amount, i) => new SavingsLineInput(years[i], Money.FromThousands(amount), SavingsKind.Saving))
            .Concat((Income ?? []).Select((amount, i) => new SavingsLineInput(years[i], Money.FromThousands(amount), SavingsKind.Income)));
        proposal.UpdateFinancialImpact(Money.FromThousands(Budget), lines, officer);

        if (Staffing is { } staffing)
        {
            proposal.UpdateStaffingImpact(
                Fte.From(staffing.Current),
                staffing.Reductions.Select((fte, i) => (Year: years[i], Fte: Fte.From(fte))).ToDictionary(r => r.Year, r => r.Fte),
                officer);
        }
        else
        {
            proposal.SetNoStaffingImpact(officer);
        }

        proposal.UpdateSummary(Summary, new StandardAnswers(Answers[0], Answers[1], Answers[2], Answers[3], Answers[4]), officer);
        proposal.UpdateRisks(Risks.Select(r => (r.Risk, (string?)r.Mitigation)), officer);
        proposal.UpdateResources(Resources, officer);
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(
                ScreeningTool.Triggers.Select((trigger, i) => (trigger, Screening[i])).ToDictionary(x => x.trigger, x => ((bool?)x.Item2.Answer, x.Item2.Impact)),
                ScreeningSummaryText,
                FullEaRequired,
                FullEaRequired ? null : "The screening found no disproportionate impact on any protected characteristic.",
                null),
            officer);
    }

    public string ScreeningSummaryText { get; init; } = "No disproportionate impact on any protected characteristic was identified at screening stage.";

    public void Progress(Proposal proposal, string director)
    {
        switch (Status)
        {
            case ProposalStatus.Draft:
                return;
            case ProposalStatus.Withdrawn:
                proposal.Withdraw();
                return;
        }

        proposal.Submit();
        switch (Status)
        {
            case ProposalStatus.Returned:
                proposal.Return(director, ReturnReason ?? "Please strengthen the evidence for the savings figures.");
                break;
            case ProposalStatus.Approved:
                proposal.Approve(director);
                break;
            case ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet:
                var agreed = Status == ProposalStatus.AgreedByCabinet;
                proposal.Approve(director);
                proposal.RecordCabinetDecision(CabinetDecision.Record(agreed ? CabinetOutcome.Agreed : CabinetOutcome.NotAgreed, agreed ? null : "Deferred to next year.", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), new DateTimeOffset(2021, 2, 18, 10, 0, 0, TimeSpan.Zero), new DateOnly(2021, 2, 18)));
                break;
        }
    }
}
