namespace CouncilProposals.Domain.Access;

/// <summary>Someone acting on proposals: their user name, roles, and the directorates they belong to.</summary>
public sealed record Actor(string UserName, IReadOnlySet<string> Roles, IReadOnlySet<int> DirectorateIds)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool BelongsTo(int directorateId) => DirectorateIds.Contains(directorateId);

    public bool Is(string? userName) => string.Equals(UserName, userName, StringComparison.OrdinalIgnoreCase);
}
