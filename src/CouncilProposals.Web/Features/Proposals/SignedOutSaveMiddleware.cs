using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Runs after authentication and before authorisation. A form people type into (a proposal's section, exemption or
/// decision, a pack's details, decisions or covering report, the savings targets) posted by someone whose sign-in
/// has run out is not lost: the expired cookie still says whose it was, and the form's antiforgery token must have
/// been issued to that person. The fields are kept (<see cref="KeptDrafts"/>) and the person is sent to sign in,
/// then back to the page with what they typed: each of these pages shows a kept draft when it is asked for.
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
        && context.Request.HasFormContentType && KeptFormPath().IsMatch(context.Request.Path.Value ?? string.Empty);

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

    /// <summary>The addresses of the forms kept; each page's GET at the same address gives the draft back.</summary>
    [GeneratedRegex(
        @"^/(proposals/\d{1,10}/(edit/[a-z-]{1,40}|exempt|approve|return|withdraw|reopen|decision|decision/correct)|cabinet-packs/(new|\d{1,10}/(details|decisions|report|report/exempt))|overview/targets)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeptFormPath();
}
