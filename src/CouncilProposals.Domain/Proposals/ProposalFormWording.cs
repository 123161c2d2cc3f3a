using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// The council's savings proposal form in its own words, printed the same on the page, in the PDF and the Cabinet
/// pack, in the history and on the section and conflict pages. The form prints the identity grid's labels and its
/// headings with a colon after them (<see cref="Label"/>). The five standard questions are in
/// <see cref="StandardQuestions"/> and the screening tool's wording in <see cref="ScreeningTool"/>.
/// </summary>
public static class ProposalFormWording
{
    public const string Title = "Proposal Title";
    public const string Reference = "Reference";
    public const string SavingsType = "Savings Type";
    public const string Directorate = "Directorate";
    public const string ServiceArea = "Savings Service Area";
    public const string DirectorateService = "Directorate Service";
    public const string StrategicPriorityOutcome = "Strategic Priority Outcome";
    public const string LeadOfficerAndPost = "Lead Officer and Post";
    public const string LeadMemberAndPortfolio = "Lead Member and Portfolio";

    /// <summary>The savings table: its title, then "Current Budget 2020-21", "Savings/Income 2021-22" per year and the total.</summary>
    public const string FinancialImpact = "Financial Impact";
    public const string CurrentBudget = "Current Budget";
    public const string SavingsOrIncome = "Savings/Income";
    public const string TotalSavingsOrIncome = "Total Savings/Income";
    public const string BudgetRow = "Budget (£000)";

    /// <summary>The staffing table: its title, then "Current 2020-21", "FTE Reductions 2021-22" per year and the total.</summary>
    public const string StaffingImpact = "Staffing Impact (if applicable)";
    public const string CurrentStaffing = "Current";
    public const string FteReductions = "FTE Reductions";
    public const string TotalFteReductions = "Total FTE Reductions";
    public const string StaffingRow = "Employees (FTE) or state N/A";

    public const string Summary = "Proposal Summary";

    public const string RisksAndMitigations = "Risk and Mitigations";
    public const string RisksQuestion = "What will the major risks on the project be?";
    public const string MitigationsQuestion = "What are the possible mitigation strategies?";

    public const string ResourcesAndImplementation = "Resources and Implementation";

    /// <summary>The fields as the section pages ask for them, and as the conflict pages and the history name them.</summary>
    public const string HasStaffingImpactField = "Staffing impact";
    public const string NoFullEqualityAnalysisReasonField = "Reason no full EA is required";

    /// <summary>"Proposal Title:", as the form prints a label.</summary>
    public static string Label(string wording) => wording + ":";

    public static string CurrentBudgetField(FinancialYear baseYear) => $"Current budget {baseYear} (£000)";

    public static string CurrentFteField(FinancialYear baseYear) => $"Current FTE {baseYear}";

    public static string FteReductionsField(FinancialYear year) => $"FTE reductions {year}";

    public static string RiskField(int number) => $"Risk {number}";

    public static string MitigationField(int number) => $"Mitigation {number}";
}
