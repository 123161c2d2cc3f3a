namespace CouncilProposals.Web.Features.Account;

/// <summary>How long a sign-in lasts without a request, and how long before its end the warning appears (docs/security.md).</summary>
public sealed class SignInSessionOptions
{
    public const string SectionName = "Security";

    /// <summary><c>Security:SessionMinutes</c>: minutes without a request before the sign-in ends.</summary>
    public double SessionMinutes { get; set; } = 30;

    /// <summary><c>Security:SessionWarningMinutes</c>: minutes before the end at which the page offers to stay signed in.</summary>
    public double SessionWarningMinutes { get; set; } = 5;

    public TimeSpan Session => TimeSpan.FromMinutes(SessionMinutes);

    public TimeSpan Warning => TimeSpan.FromMinutes(Math.Min(SessionWarningMinutes, SessionMinutes));
}
