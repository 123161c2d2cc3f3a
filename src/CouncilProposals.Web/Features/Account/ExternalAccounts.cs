using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Features.Account;

/// <summary>What came of a sign-in through the council's identity provider.</summary>
public enum ExternalOutcome
{
    SignedIn,
    NotSignedIn,
    NoSubject,
    EmailNotVerified,
    NoAccount,
    LinkedToAnother,
    LockedOut,
}

/// <summary>
/// Signs in the account linked to the identity provider's immutable subject (<see cref="ExternalIdentity"/>),
/// kept in Identity's user logins table. The link is made once, at the first sign-in, to the account an
/// administrator made for the same e-mail address, and only when the provider says the address is verified.
/// Nobody gets an account, or a role, just by signing in; a changed e-mail claim never moves a link.
/// </summary>
public sealed partial class ExternalAccounts(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    ILogger<ExternalAccounts> logger)
{
    public async Task<(ExternalOutcome Outcome, string? Email)> SignInAsync(HttpContext context)
    {
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (external.Principal is null || external.Properties?.Items.TryGetValue("LoginProvider", out var provider) != true || provider != CouncilSignIn.Scheme)
        {
            return (ExternalOutcome.NotSignedIn, null);
        }

        var identity = ExternalIdentity.From(external.Principal);
        var outcome = identity.Subject is null ? ExternalOutcome.NoSubject : await SignInAsync(identity);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (outcome != ExternalOutcome.SignedIn)
        {
            LogRefused(logger, identity.Email ?? "(no email)", outcome);
        }

        return (outcome, identity.Email);
    }

    private async Task<ExternalOutcome> SignInAsync(ExternalIdentity identity)
    {
        var signedIn = await signIn.ExternalLoginSignInAsync(CouncilSignIn.Scheme, identity.Subject!, isPersistent: false, bypassTwoFactor: true);
        if (signedIn.Succeeded || signedIn.IsLockedOut)
        {
            return signedIn.Succeeded ? ExternalOutcome.SignedIn : ExternalOutcome.LockedOut;
        }

        if (await users.FindByLoginAsync(CouncilSignIn.Scheme, identity.Subject!) is not null)
        {
            return ExternalOutcome.NotSignedIn;
        }

        return await LinkAsync(identity);
    }

    /// <summary>The first sign-in: links the subject to the account with that verified e-mail address, if it has no link yet.</summary>
    private async Task<ExternalOutcome> LinkAsync(ExternalIdentity identity)
    {
        if (identity.Email is null || !identity.EmailVerified)
        {
            return ExternalOutcome.EmailNotVerified;
        }

        var user = await users.FindByEmailAsync(identity.Email);
        if (user is null)
        {
            return ExternalOutcome.NoAccount;
        }

        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == CouncilSignIn.Scheme))
        {
            return ExternalOutcome.LinkedToAnother;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return ExternalOutcome.LockedOut;
        }

        var linked = await users.AddLoginAsync(user, new UserLoginInfo(CouncilSignIn.Scheme, identity.Subject!, CouncilSignIn.Scheme));
        if (!linked.Succeeded)
        {
            return ExternalOutcome.NotSignedIn;
        }

        LogLinked(logger, user.Email ?? user.Id, identity.Subject!);
        return (await signIn.ExternalLoginSignInAsync(CouncilSignIn.Scheme, identity.Subject!, isPersistent: false, bypassTwoFactor: true)).Succeeded
            ? ExternalOutcome.SignedIn
            : ExternalOutcome.NotSignedIn;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused for {UserName}: {Outcome}")]
    private static partial void LogRefused(ILogger logger, string userName, ExternalOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity provider subject {Subject} linked to {UserName}")]
    private static partial void LogLinked(ILogger logger, string userName, string subject);
}
