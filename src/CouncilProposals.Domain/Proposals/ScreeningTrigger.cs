namespace CouncilProposals.Domain.Proposals;

/// <summary>The seven trigger questions of the Budget Equality Analysis Screening Tool. Stored by name.</summary>
public enum ScreeningTrigger
{
    ReducesResourcesForInequality = 1,
    ReducesResourcesForVulnerableResidents = 2,
    DirectImpactOnFrontLineServices = 3,
    AltersEligibility = 4,
    AltersAccess = 5,
    ReducesStaff = 6,
    RedesignsStaffRoles = 7,
}

/// <summary>The tool's wording, in the tool's order, with the group rows that head questions 4 and 6.</summary>
public static class ScreeningTool
{
    public const string Title = "SAVINGS PROPOSAL – BUDGET EQUALITY ANALYSIS SCREENING TOOL";
    public const string TriggerColumn = "Trigger Questions";
    public const string AnswerColumn = "Yes / No";
    public const string ImpactColumn = "If Yes – please provide a brief summary of how this impacts on each protected characteristic as identified in the Equalities Act 2010. This will need to be expanded in a full Equality Analysis at full Business Case stage.";
    public const string SummaryLabel = "Summary:";
    public const string SummaryHint = "To be completed at the end of completing the Screening Tool.";
    public const string FullEaQuestion = "Based on the Screening Tool, will a full EA will be required?";

    /// <summary>The same question on screen, in plain English: the printed form keeps the council's own wording.</summary>
    public const string FullEaQuestionOnScreen = "Based on the screening tool, will a full Equality Analysis (EA) be required?";
    public const string AdditionalInformationLabel = "Additional Information and Comments:";

    public static IReadOnlyList<ScreeningTrigger> Triggers { get; } = Enum.GetValues<ScreeningTrigger>();

    public static string Question(ScreeningTrigger trigger) => trigger switch
    {
        ScreeningTrigger.ReducesResourcesForInequality => "Does the change reduce resources available to address inequality?",
        ScreeningTrigger.ReducesResourcesForVulnerableResidents => "Does the change reduce resources available to support vulnerable residents?",
        ScreeningTrigger.DirectImpactOnFrontLineServices => "Does the change involve direct impact on front line services?",
        ScreeningTrigger.AltersEligibility => "Does the change alter who is eligible for the service?",
        ScreeningTrigger.AltersAccess => "Does the change alter access to the service?",
        ScreeningTrigger.ReducesStaff => "Does the change involve a reduction in staff?",
        ScreeningTrigger.RedesignsStaffRoles => "Does the change involve a redesign of the roles of staff?",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    /// <summary>The group row shown before a question, or null.</summary>
    public static string? GroupBefore(ScreeningTrigger trigger) => trigger switch
    {
        ScreeningTrigger.AltersEligibility => "Changes to a Service",
        ScreeningTrigger.ReducesStaff => "Changes to Staffing",
        _ => null,
    };
}
