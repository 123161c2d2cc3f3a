using CouncilProposals.Web.Data;
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
    ILogger<AccountController> logger) : Controller
{
    public const string Name = "Account";

    private const string WrongDetails = "Enter a correct email address and password";

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

            LogFailedSignIn(logger, input.Email.Trim(), result.IsLockedOut ? "locked out" : "wrong details");
            ModelState.AddModelError(
                nameof(SignInInput.Email),
                result.IsLockedOut ? "Your account is locked after too many attempts. Try again in 15 minutes, or ask an administrator to unlock it" : WrongDetails);
        }

        input.Password = null;
        return View(await PageAsync(input, signedOut: false));
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
        LogFailedSignIn(logger, email ?? "(no email)", result.IsLockedOut ? "locked out" : "no account");
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

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(HomeController.Index), HomeController.Name)!;

    private async Task<SignInPage> PageAsync(SignInInput input, bool signedOut) =>
        new(input, (await schemes.GetSchemeAsync(CouncilSignIn.Scheme))?.DisplayName, signedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {UserName}: {Why}")]
    private static partial void LogFailedSignIn(ILogger logger, string userName, string why);
}
