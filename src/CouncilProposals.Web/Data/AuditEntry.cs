namespace CouncilProposals.Web.Data;

/// <summary>
/// One saved change: who, when (UTC), what changed from what to what, and an optional comment. Written only by
/// the save pipeline; the app offers no way to edit or delete one.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public int? ProposalId { get; set; }

    public string Action { get; set; } = string.Empty;

    /// <summary>JSON array of { field, old, new }.</summary>
    public string Changes { get; set; } = "[]";

    public string? Comment { get; set; }
}
