using CouncilProposals.Web.Hosting.Seeding;

namespace CouncilProposals.TestSupport;

/// <summary>Every label and value of the golden sample (seed 000), in the seed's order, as a reader sees them.</summary>
public static class GoldenSampleText
{
    public static IReadOnlyList<string> InOrder(string reference = GoldenSample.Reference) =>
    [
        "DRAFT SAVINGS PROPOSAL", "London Borough of Tower Hamlets", "Medium Term Financial Strategy 2021-24",
        "Proposal Title:", GoldenSample.Title, "Reference:", reference, "Savings Type:", GoldenSample.SavingsType,
        "Directorate:", GoldenSample.Directorate, "Savings Service Area:", GoldenSample.ServiceArea,
        "Directorate Service:", GoldenSample.DirectorateService, "Strategic Priority Outcome:", GoldenSample.Outcome,
        "Lead Officer and Post:", GoldenSample.LeadOfficer, "Lead Member and Portfolio:", GoldenSample.LeadMember,
        "Current Budget 2020-21", "Savings/Income 2021-22", "Savings/Income 2022-23", "Savings/Income 2023-24", "Total Savings/Income",
        "Budget (£000) 742 (371) (371) - (742)",
        "Current 2020-21", "FTE Reductions 2021-22", "FTE Reductions 2022-23", "FTE Reductions 2023-24", "Total FTE Reductions",
        "Employees (FTE) or state N/A N/A N/A N/A N/A N/A",
        "Proposal Summary:", HtmlPage.Fold(GoldenSample.Summary),
        GoldenSample.OtherServicesSupport, GoldenSample.PrecedentForWithdrawal, GoldenSample.CommunityAdaptation,
        GoldenSample.BestPractice, GoldenSample.VoluntarySectorCapacity,
        "What will the major risks on the project be?", GoldenSample.Risk,
        "What are the possible mitigation strategies?", HtmlPage.Fold(GoldenSample.Mitigation),
        "Resources and Implementation:", HtmlPage.Fold(GoldenSample.Resources),
        "SAVINGS PROPOSAL – BUDGET EQUALITY ANALYSIS SCREENING TOOL",
        "Does the change reduce resources available to address inequality? Yes " + GoldenSample.Screening[0].Impact,
        "Does the change reduce resources available to support vulnerable residents? Yes As above",
        "Does the change involve direct impact on front line services? No This is a commissioned service",
        "Changes to a Service",
        "Does the change alter who is eligible for the service? No Option 2 would end the programme",
        "Does the change alter access to the service? Yes " + GoldenSample.Screening[4].Impact,
        "Changes to Staffing",
        "Does the change involve a reduction in staff? No The change in staff will relate to the commissioned organisations",
        "Does the change involve a redesign of the roles of staff? No",
        "Summary:", GoldenSample.ScreeningSummary,
        "Based on the Screening Tool, will a full EA will be required? Yes",
        "Additional Information and Comments:",
    ];
}
