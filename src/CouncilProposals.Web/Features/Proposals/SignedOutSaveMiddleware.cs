using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Runs after authentication and before authorisation. A section form posted by someone whose sign-in has run out
/// is not lost: the expired cookie still says whose it was, and the form's antiforgery token must have been issued
/// to that person. The fields are kept (<see cref="KeptDrafts"/>) and the person is sent to sign in, then back to
/// the section with what they typed.
/// </summary>
public sealed partial class SignedOutSaveMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IOptionsMonitor<CookieAuthenticationOptions> cookies, IAntiforgery antiforgery, KeptDrafts drafts)
    {
        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        if (!IsSignedOutSectionSave(context) || await OwnerAsync(context, options, antiforgery) is not { } owner
            || await drafts.KeepAsync(owner, context.Request.Path.Value!, await context.Request.ReadFormAsync(context.RequestAborted), context.RequestAborted) is not { } key)
        {
            await next(context);
            return;
        }

        var returnUrl = QueryHelpers.AddQueryString(context.Request.Path.Value!, KeptDrafts.QueryKey, key);
        context.Response.Redirect(QueryHelpers.AddQueryString(options.LoginPath.Value!, options.ReturnUrlParameter, returnUrl));
    }

    private static bool IsSignedOutSectionSave(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.User.Identity?.IsAuthenticated != true
        && context.Request.HasFormContentType && SectionPath().IsMatch(context.Request.Path.Value ?? string.Empty);

    /// <summary>Whose sign-in cookie came with the form, when the form's antiforgery token was issued to them.</summary>
    private static async Task<string?> OwnerAsync(HttpContext context, CookieAuthenticationOptions options, IAntiforgery antiforgery)
    {
        var cookie = options.CookieManager.GetRequestCookie(context, options.Cookie.Name!);
        var principal = string.IsNullOrEmpty(cookie) ? null : options.TicketDataFormat.Unprotect(cookie)?.Principal;
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        var anonymous = context.User;
        context.User = principal;
        try
        {
            return await antiforgery.IsRequestValidAsync(context) ? userId : null;
        }
        finally
        {
            context.User = anonymous;
        }
    }

    [GeneratedRegex(@"^/proposals/\d{1,10}/edit/[a-z-]{1,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SectionPath();
}
