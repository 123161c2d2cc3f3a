using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Administration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// "Set a new password", opened from the link an administrator had e-mailed. Anyone with the link may use it once,
/// within its lifespan; a used, expired or altered link says so and sends the person back to their administrator.
/// </summary>
[AllowAnonymous]
[Route("account/reset-password")]
public sealed class ResetPasswordController(UserManager<ApplicationUser> users, UserAccounts accounts) : Controller
{
    public const string Name = "ResetPassword";

    private const string ViewName = "ResetPassword";

    public const string LinkNotValid = "This link has expired or has already been used. Ask your administrator to send you a new one";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "user")] string? userId, string? token)
    {
        var user = await ValidLinkUserAsync(userId, token);
        return View(ViewName, new ResetPasswordPage(new ResetPasswordInput { UserId = userId, Token = token }, user?.Email, LinkWorks: user is not null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        var user = await ValidLinkUserAsync(input.UserId, input.Token);
        if (user is null)
        {
            return View(ViewName, new ResetPasswordPage(ClearPasswords(input), null, LinkWorks: false));
        }

        if (ModelState.IsValid)
        {
            var result = await accounts.ResetPasswordAsync(user, input.Token!, input.Password!, cancellationToken);
            if (result.Succeeded)
            {
                TempData["PasswordReset"] = true;
                return Redirect("/sign-in");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(ResetPasswordInput.Password), error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? LinkNotValid : error.Description);
            }
        }

        return View(ViewName, new ResetPasswordPage(ClearPasswords(input), user.Email, LinkWorks: true));
    }

    private static ResetPasswordInput ClearPasswords(ResetPasswordInput input)
    {
        input.Password = null;
        input.ConfirmPassword = null;
        return input;
    }

    /// <summary>The link's account, while its token is still good; a deactivated account is never reset.</summary>
    private async Task<ApplicationUser?> ValidLinkUserAsync(string? userId, string? token)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(token) || userId.Length > 100 || token.Length > 2000)
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        return user is { DeactivatedAt: null }
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }
}
