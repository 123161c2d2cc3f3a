namespace CouncilProposals.Web.Data.Notifications;

/// <summary>A kind of e-mail a person has switched off. Every kind is on until they do.</summary>
public sealed class EmailOptOut
{
    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }
}
