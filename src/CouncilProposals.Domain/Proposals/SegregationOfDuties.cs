namespace CouncilProposals.Domain.Proposals;

/// <summary>Whoever wrote or last changed a proposal cannot also sign it off (approve or return it).</summary>
public static class SegregationOfDuties
{
    public static bool IsOwnWork(string userName, string createdBy, string lastEditedBy) =>
        string.Equals(userName, createdBy, StringComparison.OrdinalIgnoreCase)
        || string.Equals(userName, lastEditedBy, StringComparison.OrdinalIgnoreCase);
}
