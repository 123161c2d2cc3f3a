using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.CabinetPacks;

/// <summary>
/// The pack Corporate Finance sends to a Cabinet meeting: a cover, an optional covering report, a summary of the
/// savings, and each approved proposal as an appendix.
/// </summary>
public sealed class CabinetPack : IVersioned, IAudited
{
    public const int TitleMaxLength = 200;

    public const string DecidedMessage = "Cabinet's decisions have been recorded from this pack, so it cannot be deleted: it is the record of what went to the meeting.";

    /// <summary>Only proposals a director has approved (or Cabinet has already decided) go to Cabinet.</summary>
    public static readonly IReadOnlyList<ProposalStatus> IncludableStatuses =
        [ProposalStatus.Approved, ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet];

    private readonly List<CabinetPackItem> _items = [];
    private readonly List<CoveringReportSection> _coveringReport = [];

    private CabinetPack()
    {
        Title = string.Empty;
        MeetingName = string.Empty;
        Classification = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    public CabinetPack(int cycleId, string meetingName, DateOnly meetingDate, string title, string classification, bool padToEvenPages = false)
    {
        CycleId = cycleId;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
        MeetingName = string.Empty;
        Title = string.Empty;
        Classification = string.Empty;
        UpdateDetails(meetingName, meetingDate, title, classification, padToEvenPages);
    }

    public int Id { get; private set; }

    public int CycleId { get; private set; }

    public string MeetingName { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    public string Title { get; private set; }

    /// <summary>"Unrestricted", or the exempt category the council uses.</summary>
    public string Classification { get; private set; }

    /// <summary>Pad each part to an even number of pages for double-sided printing.</summary>
    public bool PadToEvenPages { get; private set; }

    /// <summary>The covering report's front sheet, as the council's Cabinet reports open.</summary>
    public FrontSheet FrontSheet { get; private set; } = FrontSheet.Empty;

    public IReadOnlyList<CabinetPackItem> Items => _items;

    public IReadOnlyList<CoveringReportSection> CoveringReport => _coveringReport;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; }

    public Guid Version { get; set; }

    public void UpdateDetails(string meetingName, DateOnly meetingDate, string title, string classification, bool padToEvenPages)
    {
        MeetingName = Required(meetingName, 120, "Enter the meeting, such as Cabinet.");
        Title = Required(title, TitleMaxLength, "Enter the pack's title.");
        Classification = Required(classification, 60, "Enter the classification, such as Unrestricted.");
        MeetingDate = meetingDate;
        PadToEvenPages = padToEvenPages;
    }

    /// <summary>
    /// Sets the proposals in the pack, in the order given. Only proposals of the pack's cycle that a director has
    /// approved (or Cabinet has already agreed) can go to Cabinet.
    /// </summary>
    public void SetProposals(IReadOnlyList<PackCandidate> proposals)
    {
        foreach (var proposal in proposals)
        {
            if (proposal.CycleId != CycleId)
            {
                throw new DomainException($"{proposal.Reference} belongs to another MTFS cycle.");
            }

            if (!IncludableStatuses.Contains(proposal.Status))
            {
                throw new DomainException($"{proposal.Reference} is {proposal.Status.DisplayName().ToLowerInvariant()}: only approved proposals can go to Cabinet.");
            }
        }

        if (proposals.Select(p => p.Id).Distinct().Count() != proposals.Count)
        {
            throw new DomainException("A proposal can be in the pack only once.");
        }

        _items.Clear();
        _items.AddRange(proposals.Select((p, index) => new CabinetPackItem(p.Id, index + 1)));
    }

    /// <summary>
    /// A new pack for another meeting with this one's details, front sheet and covering report, and those of its
    /// proposals still awaiting Cabinet's decision, in the same order (deferred ones go to the next meeting).
    /// </summary>
    public CabinetPack CopyFor(string meetingName, DateOnly meetingDate, string title, IReadOnlyList<PackCandidate> proposals)
    {
        var copy = new CabinetPack(CycleId, meetingName, meetingDate, title, Classification, PadToEvenPages) { FrontSheet = FrontSheet };
        copy._coveringReport.AddRange(_coveringReport.Select(s => new CoveringReportSection(s.Part, s.Text)));
        var order = _items.ToDictionary(i => i.ProposalId, i => i.Order);
        copy.SetProposals(proposals
            .Where(p => order.ContainsKey(p.Id) && ProposalWorkflow.IsAllowed(p.Status, ProposalAction.RecordCabinetDecision))
            .OrderBy(p => order[p.Id])
            .ToList());
        return copy;
    }

    /// <summary>A pack can be deleted until a decision is recorded from it: then it is the record of what Cabinet had.</summary>
    public static void EnsureCanBeDeleted(int decisionsRecorded)
    {
        if (decisionsRecorded > 0)
        {
            throw new DomainException(DecidedMessage);
        }
    }

    public void UpdateCoveringReport(FrontSheet frontSheet, IReadOnlyDictionary<ReportPart, string?> parts)
    {
        FrontSheet = frontSheet;
        foreach (var text in parts.Values)
        {
            if (text?.Length > CoveringReportSection.MaxLength)
            {
                throw new DomainException($"Each part of the covering report must be {CoveringReportSection.MaxLength:N0} characters or fewer.");
            }
        }

        // A part marked exempt stays exempt while it has text.
        var exempt = _coveringReport.Where(s => s.ExemptParagraph is not null).ToDictionary(s => s.Part);
        _coveringReport.Clear();
        foreach (var part in ReportParts.All.Where(part => !string.IsNullOrWhiteSpace(parts.GetValueOrDefault(part))))
        {
            var section = new CoveringReportSection(part, parts[part]!.Trim());
            if (exempt.TryGetValue(part, out var was))
            {
                section.MarkExempt(was.ExemptParagraph!.Value, was.ExemptReason);
            }

            _coveringReport.Add(section);
        }
    }

    /// <summary>
    /// Marks a part of the covering report exempt under a paragraph of Schedule 12A: the public version of the pack
    /// prints its heading and a notice citing the paragraph instead of its text.
    /// </summary>
    public void MarkReportPartExempt(ReportPart part, ExemptionParagraph paragraph, string? reason) =>
        (_coveringReport.FirstOrDefault(s => s.Part == part)
            ?? throw new DomainException($"{part.Heading()} has no text in the covering report, so there is nothing to withhold.", "Part"))
        .MarkExempt(paragraph, reason);

    public void ClearReportPartExemption(ReportPart part) => _coveringReport.FirstOrDefault(s => s.Part == part)?.ClearExemption();

    private static string Required(string? text, int maxLength, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(message);
        }

        var trimmed = text.Trim();
        return trimmed.Length > maxLength ? throw new DomainException($"{message.TrimEnd('.')} in {maxLength} characters or fewer.") : trimmed;
    }
}

/// <summary>A proposal in a pack, in its place.</summary>
public sealed class CabinetPackItem
{
    private CabinetPackItem()
    {
    }

    internal CabinetPackItem(int proposalId, int order)
    {
        ProposalId = proposalId;
        Order = order;
    }

    public int CabinetPackId { get; private set; }

    public int ProposalId { get; private set; }

    public int Order { get; private set; }
}

/// <summary>"Report of", "Lead Member", "Originating Officer(s)", "Wards affected", "Key Decision?", "Community Plan Theme".</summary>
public sealed record FrontSheet(string? ReportOf, string? LeadMember, string? OriginatingOfficers, string? WardsAffected, bool? KeyDecision, string? CommunityPlanTheme)
{
    public static readonly FrontSheet Empty = new(null, null, null, null, null, null);

    public bool IsEmpty => this == Empty;
}

/// <summary>What a pack needs to know of a proposal to accept it.</summary>
public sealed record PackCandidate(int Id, string Reference, int CycleId, ProposalStatus Status);
