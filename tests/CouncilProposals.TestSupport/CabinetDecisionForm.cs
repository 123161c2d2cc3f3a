namespace CouncilProposals.TestSupport;

/// <summary>The fields of the "Record Cabinet's decision" form, as Corporate Finance fills them in for a meeting on 17 February 2026.</summary>
public static class CabinetDecisionForm
{
    public static Dictionary<string, string> Fields(string decision) => new()
    {
        ["Decision"] = decision,
        ["DecisionMaker"] = "Mayor in Cabinet",
        ["DecisionMakerRole"] = "Executive Mayor",
        ["Day"] = "17",
        ["Month"] = "2",
        ["Year"] = "2026",
    };
}
