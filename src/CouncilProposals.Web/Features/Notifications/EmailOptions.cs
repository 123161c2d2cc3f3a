using MailKit.Security;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>The "Email" configuration section: where e-mails go and how hard the sender tries.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The sender's address, such as <c>savings-proposals@council.gov.uk</c>.</summary>
    public string From { get; set; } = "savings-proposals@localhost";

    /// <summary>When set, e-mails are written to this folder as .eml files instead of being sent (Development, tests).</summary>
    public string? PickupFolder { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Whether this instance runs the background sender (several instances may all run it safely).</summary>
    public bool SendInBackground { get; set; } = true;

    /// <summary>How often the sender looks for due messages when nothing has woken it.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>Attempts before a message is given up (the waits between them double, up to an hour).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a sender may hold a claimed message before another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 120;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's names: <c>StartTls</c> (default), <c>SslOnConnect</c>, <c>StartTlsWhenAvailable</c>, <c>Auto</c>, <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    /// <summary>From the host's secret store or an environment variable (<c>Email__Smtp__Password</c>), never the repository.</summary>
    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
