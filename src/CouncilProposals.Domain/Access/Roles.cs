namespace CouncilProposals.Domain.Access;

/// <summary>The council's roles, by the names people use for them.</summary>
public static class Roles
{
    /// <summary>Writes proposals for their directorates.</summary>
    public const string FinanceOfficer = "Finance Officer";

    /// <summary>Approves or returns their directorates' proposals.</summary>
    public const string Director = "Director";

    /// <summary>Sees every directorate; runs cycles, lists and Cabinet packs; records Cabinet's decisions.</summary>
    public const string CorporateFinance = "Corporate Finance";

    /// <summary>Manages users and roles, not proposals.</summary>
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [FinanceOfficer, Director, CorporateFinance, Administrator];

    /// <summary>The roles that work within particular directorates.</summary>
    public static bool IsDirectorateRole(string role) => role is FinanceOfficer or Director;
}
