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
        View(await PageAsync(new SignInInput { ReturnUrl = returnUrl }, signedOut: TempData["SignedOut"] is true));

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
        return View(await PageAsync(input, signedOut: false));
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
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

    /// <summary>
    /// Back from the identity provider: signs in the account linked to that sign-in, or links it to the account
    /// an administrator made for the same email address. Nobody gets an account, or a role, just by signing in.
    /// </summary>
    [HttpGet("/sign-in/external/callback")]
    public async Task<IActionResult> ExternalCallback(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        var email = info.Principal.FindFirst("email")?.Value ?? info.Principal.FindFirst("preferred_username")?.Value;
        if (!result.IsLockedOut && await LinkAndSignInAsync(info, email))
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        LogFailedSignIn(logger, email is null ? "(no email)" : "unknown " + AuditLog.Hash(email), result.IsLockedOut ? "locked out" : "no account");
        ModelState.AddModelError(
            nameof(SignInInput.Email),
            result.IsLockedOut ? "Your account is locked. Ask an administrator to unlock it" : "You do not have an account for this service yet. Ask an administrator to give you access");
        return View(nameof(SignIn), await PageAsync(new SignInInput { ReturnUrl = returnUrl }, signedOut: false));
    }

    /// <summary>Links the sign-in to the account an administrator made for the same email address, and signs in with it.</summary>
    private async Task<bool> LinkAndSignInAsync(ExternalLoginInfo info, string? email)
    {
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || !(await users.AddLoginAsync(user, info)).Succeeded)
        {
            return false;
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return true;
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

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(HomeController.Index), HomeController.Name)!;

    private async Task<SignInPage> PageAsync(SignInInput input, bool signedOut) =>
        new(input, (await schemes.GetSchemeAsync(CouncilSignIn.Scheme))?.DisplayName, signedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for account {Account}: {Why}")]
    private static partial void LogFailedSignIn(ILogger logger, string account, string why);
}
