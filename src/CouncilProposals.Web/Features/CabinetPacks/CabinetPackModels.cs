using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Proposals;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>A pack as its page and its PDF show it; figures already in the form's wording.</summary>
public sealed record CabinetPackViewModel(
    int Id,
    string Title,
    string MeetingName,
    DateOnly MeetingDate,
    string Classification,
    string CycleName,
    bool PadToEvenPages,
    FrontSheet FrontSheet,
    IReadOnlyList<(ReportPart Part, string Text)> CoveringReport,
    PackSummary Summary)
{
    public string MeetingDateText => MeetingDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The summary table: one row per proposal, a subtotal per directorate and a grand total.</summary>
public sealed record PackSummary(IReadOnlyList<string> SavingsYears, IReadOnlyList<PackDirectorateGroup> Directorates, PackSummaryRow GrandTotal)
{
    public int ProposalCount => Directorates.Sum(d => d.Rows.Count);
}

public sealed record PackDirectorateGroup(string Directorate, IReadOnlyList<PackSummaryRow> Rows, PackSummaryRow Subtotal);

public sealed record PackSummaryRow(int ProposalId, string Reference, string Title, string Directorate, IReadOnlyList<string> Years, string Total, string FteReductions);

public sealed record PackListRow(int Id, string Title, string MeetingName, DateOnly MeetingDate, string CycleName, int ProposalCount);

/// <summary>A proposal that may still go to Cabinet, for the choose-proposals page.</summary>
public sealed record PackChoice(int Id, string Reference, string Title, string Directorate, string Status, Money Total, bool Included);

/// <summary>What the pack holds now: how many proposals, and their savings per year and in all.</summary>
public sealed record PackRunningTotal(int Count, IReadOnlyList<PackYearTotal> Years, Money Total);

public sealed record PackYearTotal(string Year, Money Amount);

/// <summary>The pack details form, for a new pack (which chooses its cycle) or an existing one.</summary>
public sealed record PackDetailsPage(PackDetailsInput Input, bool IsNew, IReadOnlyList<CycleChoice> Cycles);

public sealed record CycleChoice(int Id, string Name);

/// <summary>The choose-proposals page of a pack, carrying the pack's version to refuse stale saves.</summary>
public sealed record PackProposalsPage(
    int PackId,
    Guid Version,
    string PackTitle,
    PackChoiceFilter Filter,
    IReadOnlyList<ListOption> Directorates,
    IReadOnlyList<ProposalStatus> Statuses,
    IReadOnlyList<PackChoice> Choices,
    int MatchCount,
    int Page,
    int PageCount,
    PackRunningTotal Chosen);

public sealed record CoveringReportPage(int PackId, CoveringReportInput Input);

/// <summary>
/// Everything a pack edition prints: the pack and its appendices, in the summary's order. In the
/// <see cref="PackVersion.Public"/> version an exempt proposal's appendix carries no document (only its reference,
/// title and the paragraph it is exempt under) and its figures are withheld from the summary, so no edition drawn
/// from this model can print exempt information.
/// </summary>
public sealed record CabinetPackDocument(CabinetPackViewModel Pack, PackVersion Version, IReadOnlyList<PackAppendix> Appendices)
{
    /// <summary>The proposals printed in full, in order: an appendix withheld in this version has none.</summary>
    public IReadOnlyList<ProposalDocumentModel> Proposals => [.. Appendices.Select(a => a.Proposal).OfType<ProposalDocumentModel>()];

    /// <summary>"1 savings proposal", "12 savings proposals": the cover's count, in the PDF and the HTML edition.</summary>
    public static string CountText(int count) => count == 1 ? "1 savings proposal" : $"{count} savings proposals";

    /// <summary>The cumulative equality impact of every proposal in the pack: an appendix before the proposals.</summary>
    public CumulativeEqualityImpact? EqualityImpact { get; init; }
}

/// <summary>Which edition of a pack: the public one withholds exempt information; the full one is for members.</summary>
public enum PackVersion
{
    Public,
    Full,
}

/// <summary>
/// One appendix of a pack: a proposal printed in full (<see cref="Proposal"/>), or, in the public version, the
/// notice that replaces an exempt one (<see cref="Withheld"/>). <see cref="Exemption"/> is set for an exempt proposal
/// in either version.
/// </summary>
public sealed record PackAppendix(int Number, string Reference, string Title, ExemptionParagraph? Exemption, ProposalDocumentModel? Proposal)
{
    /// <summary>"Appendix 3: SAV / HAC 009 / 21-22 Title", as contents, bookmarks and footers name it.</summary>
    public string Heading => $"Appendix {Number}: {Reference} {Title}";

    public bool Withheld => Proposal is null;

    /// <summary>
    /// The notice in the council's words: "Appendix 3 – SAV / HAC 009 / 21-22 Title is not for publication by virtue
    /// of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972".
    /// </summary>
    public string? ExemptNotice => Exemption is { } paragraph ? $"Appendix {Number} – {Reference} {Title} is not for publication by virtue of {paragraph.Citation}" : null;
}

/// <summary>The pack page: the pack, and what can still be done with it.</summary>
public sealed record PackDetailsView(CabinetPackViewModel Pack, int AwaitingDecision, int DecidedFromPack)
{
    public bool CanBeDeleted => DecidedFromPack == 0;
}

/// <summary>The "Record Cabinet's decisions" page: the proposals awaiting a decision in the pack's order, and those decided.</summary>
public sealed record PackDecisionsPage(
    int PackId,
    string PackTitle,
    string MeetingText,
    IReadOnlyList<PackDecisionProposal> Awaiting,
    IReadOnlyList<PackDecidedProposal> Decided,
    PackDecisionsInput Input);

public sealed record PackDecisionProposal(int Id, string Reference, string Title, string Directorate, string Total);

public sealed record PackDecidedProposal(int Id, string Reference, string Title, string Decision);

/// <summary>The copy page: the pack copied and how many of its proposals go into the copy.</summary>
public sealed record CopyPackPage(int PackId, string PackTitle, string MeetingText, int AwaitingDecision, CopyPackInput Input);

/// <summary>The delete confirmation, or the refusal once decisions have been recorded from the pack.</summary>
public sealed record DeletePackPage(int PackId, string PackTitle, string MeetingText, int ProposalCount, bool CanBeDeleted, Guid Version);
