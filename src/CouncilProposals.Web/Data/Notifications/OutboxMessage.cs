namespace CouncilProposals.Web.Data.Notifications;

/// <summary>
/// An e-mail waiting to be sent, or sent: written in the same transaction as the change it tells of, and sent
/// later by the outbox sender, which claims it with a lease so that only one sender ever sends it.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 4000;
    public const int ErrorMaxLength = 1000;

    public long Id { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The proposal the e-mail tells of; none for an account e-mail such as a password reset link.</summary>
    public int? ProposalId { get; set; }

    /// <summary>The proposal's reference, for the administrators' list of sends.</summary>
    public string ProposalReference { get; set; } = string.Empty;

    public string ToAddress { get; set; } = string.Empty;

    public string ToName { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>Plain text: the proposal's title and reference and a link, nothing more of its content.</summary>
    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not tried again before this time (the back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The sender that has claimed the message, until <see cref="LeaseUntil"/>.</summary>
    public Guid? LeaseId { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the last permitted attempt failed: the message is not tried again.</summary>
    public DateTimeOffset? GaveUpAt { get; set; }
}
