using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// Runs on every signed-in request. The account's security stamp must still be the one the cookie was issued
/// with: signing out, locking the account, a role or password change all renew the stamp, so a copy of the
/// cookie stops working at once. A valid cookie is reissued, so a sign-in ends exactly
/// <see cref="SignInSessionOptions.SessionMinutes"/> after the last request, as the page's timeout warning counts.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
        if (await signIn.ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.ShouldRenew = true;
    }
}
