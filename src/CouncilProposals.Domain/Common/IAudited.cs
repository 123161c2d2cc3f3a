namespace CouncilProposals.Domain.Common;

/// <summary>Who created and last changed a record, and when (UTC). Set when changes are saved, never by hand.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }

    string CreatedBy { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    string UpdatedBy { get; set; }
}
