namespace CouncilProposals.Web.Features.Account;

/// <summary>The link in a password reset e-mail: the account and a one-time token that expires.</summary>
public static class PasswordResetLink
{
    /// <summary>Long enough to be read the next working morning, short enough that an old e-mail is no key.</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(24);

    public const string LifespanText = "24 hours";

    public static string Path(string userId, string token) =>
        $"/account/reset-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";
}
