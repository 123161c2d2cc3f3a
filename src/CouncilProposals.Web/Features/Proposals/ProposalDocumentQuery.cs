using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>Loads a proposal and maps it to <see cref="ProposalDocumentModel"/> for the detail page and the PDF.</summary>
public sealed class ProposalDocumentQuery(AppDbContext db, IOptions<CouncilOptions> council, ListStamp listStamp, IMemoryCache cache)
{
    public const string NotApplicable = "N/A";

    private static readonly MemoryCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>
    /// The proposal's document. It is kept in memory with the lists' stamp it was read under, one per proposal, and
    /// used again while the stamp is the same: the stamp changes with any saved change to a proposal or to the
    /// council's lists. A document naming a Cabinet pack is always read afresh, as a pack's title may change alone.
    /// </summary>
    public async Task<ProposalDocumentModel?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var stamp = await listStamp.CurrentAsync(cancellationToken);
        var key = $"proposal-document|{id}";
        if (cache.TryGetValue(key, out KeptDocument? kept) && kept?.Stamp == stamp)
        {
            return kept.Document;
        }

        var proposal = await db.Proposals.AsNoTracking().Whole().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var document = await ToDocumentAsync(proposal, cancellationToken);
        if (proposal.CabinetDecision?.PackId is null)
        {
            cache.Set(key, new KeptDocument(stamp, document), Keep);
        }

        return document;
    }

    /// <summary>A proposal the caller has already loaded whole.</summary>
    public async Task<ProposalDocumentModel> ToDocumentAsync(Proposal proposal, CancellationToken cancellationToken = default) =>
        Map(proposal, await ListNamesAsync([proposal], cancellationToken));

    /// <summary>Proposals the caller has already loaded whole, in the same order.</summary>
    public async Task<IReadOnlyList<ProposalDocumentModel>> ToDocumentsAsync(IEnumerable<Proposal> proposals, CancellationToken cancellationToken = default)
    {
        var list = proposals.ToList();
        var names = await ListNamesAsync(list, cancellationToken);
        return list.Select(p => Map(p, names)).ToList();
    }

    /// <summary>
    /// The council's list names, kept under the lists' stamp (which a change to any list renews), and the packs the
    /// proposals' decisions were recorded from, named as their meetings: usually none, or one for a whole pack.
    /// </summary>
    private async Task<ListNames> ListNamesAsync(IReadOnlyList<Proposal> proposals, CancellationToken cancellationToken)
    {
        var lists = await listStamp.KeptAsync(
            "list-names",
            async () => new ListNames(
                await db.SavingsTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
                await db.ServiceAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken),
                await db.StrategicPriorityOutcomes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => $"{o.Number}. {o.Name}", cancellationToken),
                []),
            cancellationToken);
        var packIds = proposals.Select(p => p.CabinetDecision?.PackId).OfType<int>().Distinct().ToList();
        return packIds.Count == 0
            ? lists
            : lists with
            {
                Packs = (await db.CabinetPacks.AsNoTracking().Where(p => packIds.Contains(p.Id)).Select(p => new { p.Id, p.Title, p.MeetingName, p.MeetingDate }).ToListAsync(cancellationToken))
                    .ToDictionary(p => p.Id, p => $"{p.Title} ({p.MeetingName}, {p.MeetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})"),
            };
    }

    private ProposalDocumentModel Map(Proposal p, ListNames names)
    {
        var years = p.Cycle.SavingsYears;
        return new ProposalDocumentModel
        {
            Id = p.Id,
            CouncilName = council.Value.Name,
            Reference = p.Reference,
            FileName = ProposalReference.ToFileName(p.Reference),
            Title = p.Title,
            CycleName = p.Cycle.Name,
            IsDraft = p.IsDraftDocument,
            Status = p.Status.DisplayName(),
            ExemptParagraph = p.ExemptParagraph,
            SavingsType = Lookup(names.SavingsTypes, p.SavingsTypeId),
            Directorate = p.Directorate.Name,
            DirectorateCode = p.Directorate.Code,
            ServiceArea = Lookup(names.ServiceAreas, p.ServiceAreaId),
            DirectorateService = p.DirectorateService ?? string.Empty,
            StrategicPriorityOutcome = Lookup(names.Outcomes, p.StrategicPriorityOutcomeId),
            LeadOfficerAndPost = p.LeadOfficerAndPost ?? string.Empty,
            LeadMemberAndPortfolio = p.LeadMemberAndPortfolio ?? string.Empty,
            BaseYear = p.Cycle.BaseYear.ToString(),
            SavingsYears = years.Select(y => y.ToString()).ToList(),
            Budget = new FigureRow(
                ProposalFormWording.BudgetRow,
                p.CurrentBudget?.ToBudgetText() ?? string.Empty,
                years.Select(y => p.SavingsIn(y).ToSavingText()).ToList(),
                p.TotalSavings.ToSavingText()),
            Staffing = StaffingRow(p, years),
            SavingsLines = p.SavingsLines
                .OrderBy(l => l.Year).ThenBy(l => l.Kind)
                .Select(l => new SavingsLineRow(l.Year.ToString(), l.Kind == SavingsKind.Income ? "Income" : "Saving", l.Amount.ToSavingText(), l.Description ?? string.Empty))
                .ToList(),
            Summary = p.Summary ?? string.Empty,
            Questions =
            [
                new(StandardQuestions.OtherServicesSupport, p.OtherServicesSupport ?? string.Empty),
                new(StandardQuestions.PrecedentForWithdrawal, p.PrecedentForWithdrawal ?? string.Empty),
                new(StandardQuestions.CommunityAdaptation, p.CommunityAdaptation ?? string.Empty),
                new(StandardQuestions.BestPractice, p.BestPractice ?? string.Empty),
                new(StandardQuestions.VoluntarySectorCapacity, p.VoluntarySectorCapacity ?? string.Empty),
            ],
            Risks = p.Risks.OrderBy(r => r.Order).Select(r => new RiskRow(r.Order, r.Description, r.Mitigation)).ToList(),
            ResourcesAndImplementation = p.ResourcesAndImplementation ?? string.Empty,
            Screening = ScreeningTool.Triggers
                .Select(t => new ScreeningRow(ScreeningTool.GroupBefore(t), ScreeningTool.Question(t), YesNo(p.ScreeningAnswerFor(t)), p.ScreeningImpactFor(t) ?? string.Empty))
                .ToList(),
            ScreeningSummary = p.ScreeningSummary ?? string.Empty,
            FullEqualityAnalysisRequired = YesNo(p.FullEqualityAnalysisRequired),
            NoFullEqualityAnalysisReason = p.NoFullEqualityAnalysisReason ?? string.Empty,
            AdditionalInformation = p.AdditionalInformation ?? string.Empty,
            Decision = p.CabinetDecision is { } d ? Record(d, names.Packs) : null,
            ReturnReason = p.Status is ProposalStatus.Returned or ProposalStatus.Draft ? p.ReturnReason : null,
            LastChangedBy = p.UpdatedBy,
            LastChangedAt = p.UpdatedAt,
        };
    }

    private static DecisionRecord Record(CabinetDecision d, Dictionary<int, string> packs) => new(
        d.Outcome switch
        {
            CabinetOutcome.AgreedWithChanges => "Proposal agreed with changes",
            CabinetOutcome.NotAgreed => "Proposal NOT agreed",
            _ => "Proposal agreed",
        },
        d.Reason,
        d.Changes,
        d.DecisionMaker,
        d.DecisionMakerRole,
        d.DecisionDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        d.LodgedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        d.PackId is { } pack ? packs.GetValueOrDefault(pack) : null);

    private static FigureRow StaffingRow(Proposal p, IReadOnlyList<FinancialYear> years)
    {
        const string label = ProposalFormWording.StaffingRow;
        if (p.HasStaffingImpact != true)
        {
            var text = p.HasStaffingImpact == false ? NotApplicable : string.Empty;
            return new FigureRow(label, text, years.Select(_ => text).ToList(), text);
        }

        // A nil reduction reads "-", like a nil saving; the other figures share their decimal places.
        List<Fte?> figures = [p.CurrentFte, .. years.Select(y => p.FteReductionIn(y)), p.TotalFteReductions];
        var shown = figures.Select((f, i) => i > 0 && f == Fte.Zero ? null : f).ToList();
        var aligned = new Queue<string>(Fte.Aligned(shown.OfType<Fte>().ToList()));
        var texts = shown.Select((f, i) => f is null ? i == 0 ? string.Empty : "-" : aligned.Dequeue()).ToList();
        return new FigureRow(label, texts[0], texts[1..^1], texts[^1]);
    }

    private static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => string.Empty };

    private static string Lookup(Dictionary<int, string> names, int? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : string.Empty;

    private sealed record KeptDocument(Guid Stamp, ProposalDocumentModel Document);

    private sealed record ListNames(Dictionary<int, string> SavingsTypes, Dictionary<int, string> ServiceAreas, Dictionary<int, string> Outcomes, Dictionary<int, string> Packs);
}
