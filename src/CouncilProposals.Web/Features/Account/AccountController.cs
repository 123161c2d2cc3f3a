using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Home;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Account;

/// <summary>Signing in with a local account or the council's identity provider, and signing out.</summary>
[AllowAnonymous]
public sealed partial class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IAuthenticationSchemeProvider schemes,
    ExternalAccounts externalAccounts,
    AuditLog audit,
    AppDbContext db,
    ILogger<AccountController> logger) : Controller
{
    public const string Name = "Account";

    /// <summary>
    /// One message for a wrong password, an unknown account and a locked one, so that the page never tells
    /// a stranger which accounts exist.
    /// </summary>
    public const string Refused = "Enter a correct email address and password. If they are correct, your account may be locked: ask an administrator to unlock it";

    [HttpGet("/sign-in")]
    public async Task<IActionResult> SignIn(string? returnUrl) =>
        View(await PageAsync(
            new SignInInput { ReturnUrl = returnUrl },
            TempData["SignedOut"] is true ? "You have signed out" : TempData["PasswordReset"] is true ? "Your new password is set: sign in with it" : null));

    [HttpPost("/sign-in")]
    public async Task<IActionResult> SignIn(SignInInput input)
    {
        if (ModelState.IsValid)
        {
            var result = await signIn.PasswordSignInAsync(input.Email!.Trim(), input.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
            }

            await RecordRefusedSignInAsync(input.Email, result.IsLockedOut ? "locked out" : "wrong details");
            ModelState.AddModelError(nameof(SignInInput.Email), Refused);
        }

        input.Password = null;
        return View(await PageAsync(input, banner: null));
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        // A new security stamp ends this sign-in everywhere, including any copy of its cookie.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        TempData["SignedOut"] = true;
        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>Sends the person to the council's identity provider.</summary>
    [HttpPost("/sign-in/external")]
    public async Task<IActionResult> External(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(CouncilSignIn.Scheme) is null)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(CouncilSignIn.Scheme, Url.Action(nameof(ExternalCallback), new { returnUrl = SafeReturnUrl(returnUrl) }));
        return Challenge(properties, CouncilSignIn.Scheme);
    }

    /// <summary>Back from the identity provider: signs in the linked account, or says why not (<see cref="ExternalAccounts"/>).</summary>
    [HttpGet("/sign-in/external/callback")]
    public async Task<IActionResult> ExternalCallback(string? returnUrl)
    {
        var (outcome, _) = await externalAccounts.SignInAsync(HttpContext);
        if (outcome == ExternalOutcome.SignedIn)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        if (outcome == ExternalOutcome.NotSignedIn)
        {
            return RedirectToAction(nameof(SignIn));
        }

        ModelState.AddModelError(nameof(SignInInput.Email), ExternalRefusal(outcome));
        return View(nameof(SignIn), await PageAsync(new SignInInput { ReturnUrl = returnUrl }, banner: null));
    }

    private static string ExternalRefusal(ExternalOutcome outcome) => outcome switch
    {
        ExternalOutcome.LockedOut => "Your account is locked. Ask an administrator to unlock it",
        ExternalOutcome.EmailNotVerified => "Your council account could not confirm your email address, so it cannot be linked to an account here. Ask an administrator for help",
        ExternalOutcome.LinkedToAnother => "This email address is already linked to a different sign-in. Ask an administrator to check your account",
        ExternalOutcome.NoSubject => "Your council account did not say who you are. Ask an administrator for help",
        _ => "You do not have an account for this service yet. Ask an administrator to give you access",
    };

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? AsciiUrl(returnUrl) : Url.Action(nameof(HomeController.Index), HomeController.Name)!;

    /// <summary>A Location header takes ASCII only: "/proposals?search=café" goes as "/proposals?search=caf%C3%A9".</summary>
    private static string AsciiUrl(string localUrl)
    {
        if (localUrl.All(char.IsAscii))
        {
            return localUrl;
        }

        var appRelative = localUrl.StartsWith('~');
        var uri = new Uri(new Uri("http://localhost"), appRelative ? localUrl[1..] : localUrl);
        return (appRelative ? "~" : string.Empty) + uri.PathAndQuery + uri.Fragment;
    }

    /// <summary>Logs and audits a refused password sign-in by account id; an unknown address only by its hash.</summary>
    private async Task RecordRefusedSignInAsync(string email, string why)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var who = user?.Id ?? "unknown " + AuditLog.Hash(email);
        LogFailedSignIn(logger, who, why);
        audit.Record(AuditLog.Account, who, "Sign-in refused", [new("Reason", null, why)], userName: user?.UserName ?? who);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }


    private async Task<SignInPage> PageAsync(SignInInput input, string? banner) =>
        new(input, (await schemes.GetSchemeAsync(CouncilSignIn.Scheme))?.DisplayName, banner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for account {Account}: {Why}")]
    private static partial void LogFailedSignIn(ILogger logger, string account, string why);
}
