namespace CouncilProposals.Web.Data.Notifications;

/// <summary>The kinds of e-mail the service sends; each person may switch off those about proposals. Stored by name.</summary>
public enum NotificationKind
{
    /// <summary>To the directors of the proposal's directorate.</summary>
    SubmittedForApproval,

    /// <summary>To the proposal's authors.</summary>
    Returned,

    /// <summary>To the proposal's authors.</summary>
    Approved,

    /// <summary>To Corporate Finance.</summary>
    ReadyForCabinet,

    /// <summary>To the proposal's authors.</summary>
    Reopened,

    /// <summary>To the proposal's authors.</summary>
    CabinetDecision,

    /// <summary>To the account's owner, when an administrator sends a password reset link. Cannot be switched off.</summary>
    PasswordReset,
}
