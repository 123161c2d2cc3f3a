using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.CabinetPacks;

/// <summary>The parts of a Tower Hamlets Cabinet report, in the council's order. Stored by name.</summary>
public enum ReportPart
{
    ExecutiveSummary = 1,
    Recommendations,
    ReasonsForTheDecisions,
    AlternativeOptions,
    DetailsOfReport,
    ChiefFinanceOfficerComments,
    LegalComments,
    OneTowerHamletsConsiderations,
    BestValueImplications,
    SustainableActionForAGreenerEnvironment,
    RiskManagementImplications,
    CrimeAndDisorderReductionImplications,
    SafeguardingImplications,
    LinkedReportsAppendicesAndBackgroundDocuments,
}

public static class ReportParts
{
    public static IReadOnlyList<ReportPart> All { get; } = Enum.GetValues<ReportPart>();

    /// <summary>The heading as the council's reports print it.</summary>
    public static string Heading(this ReportPart part) => part switch
    {
        ReportPart.ExecutiveSummary => "Executive Summary",
        ReportPart.Recommendations => "Recommendations",
        ReportPart.ReasonsForTheDecisions => "Reasons for the Decisions",
        ReportPart.AlternativeOptions => "Alternative Options",
        ReportPart.DetailsOfReport => "Details of Report",
        ReportPart.ChiefFinanceOfficerComments => "Comments of the Chief Finance Officer",
        ReportPart.LegalComments => "Legal Comments",
        ReportPart.OneTowerHamletsConsiderations => "One Tower Hamlets Considerations",
        ReportPart.BestValueImplications => "Best Value (BV) Implications",
        ReportPart.SustainableActionForAGreenerEnvironment => "Sustainable Action for a Greener Environment",
        ReportPart.RiskManagementImplications => "Risk Management Implications",
        ReportPart.CrimeAndDisorderReductionImplications => "Crime and Disorder Reduction Implications",
        ReportPart.SafeguardingImplications => "Safeguarding Implications",
        ReportPart.LinkedReportsAppendicesAndBackgroundDocuments => "Linked Reports, Appendices and Background Documents",
        _ => part.ToString(),
    };

    /// <summary>Executive summary and recommendations come first, unnumbered; the rest are numbered sections.</summary>
    public static bool IsNumbered(this ReportPart part) => part is not (ReportPart.ExecutiveSummary or ReportPart.Recommendations);
}

/// <summary>One part of the covering report's text.</summary>
public sealed class CoveringReportSection
{
    public const int MaxLength = 20000;

    private CoveringReportSection()
    {
        Text = string.Empty;
    }

    internal CoveringReportSection(ReportPart part, string text)
    {
        Part = part;
        Text = text;
    }

    public int CabinetPackId { get; private set; }

    public ReportPart Part { get; private set; }

    public string Text { get; private set; }

    /// <summary>The paragraph of Schedule 12A this part is exempt under, when Corporate Finance has marked it so.</summary>
    public ExemptionParagraph? ExemptParagraph { get; private set; }

    public string? ExemptReason { get; private set; }

    internal void MarkExempt(ExemptionParagraph paragraph, string? reason)
    {
        var checkedParagraph = paragraph.Checked();
        ExemptReason = ExemptionParagraph.Reason(reason, nameof(ExemptReason));
        ExemptParagraph = checkedParagraph;
    }

    internal void ClearExemption()
    {
        ExemptParagraph = null;
        ExemptReason = null;
    }
}
