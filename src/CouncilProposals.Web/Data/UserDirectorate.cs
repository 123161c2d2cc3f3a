namespace CouncilProposals.Web.Data;

/// <summary>A directorate that a finance officer or director works for.</summary>
public sealed class UserDirectorate
{
    public string UserId { get; set; } = string.Empty;

    public int DirectorateId { get; set; }
}
