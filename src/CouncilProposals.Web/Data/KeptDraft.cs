namespace CouncilProposals.Web.Data;

/// <summary>
/// A section form posted after its author's sign-in ran out: kept for a short time, under a random key, for the
/// same person to see again once they have signed in. Deleted when given back or when it expires.
/// </summary>
public sealed class KeptDraft
{
    public string Key { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>The section page the form was posted to, such as <c>/proposals/12/edit/summary</c>.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>JSON object of the posted fields (never the antiforgery token): name to list of values.</summary>
    public string Fields { get; set; } = "{}";

    public DateTimeOffset ExpiresAt { get; set; }
}
