using System.Security.Claims;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// Runs on every signed-in request. The account's security stamp must still be the one the cookie was issued
/// with: signing out, locking the account, a role or password change all renew the stamp, so a copy of the
/// cookie stops working at once. A valid cookie is reissued, so a sign-in ends exactly
/// <see cref="SignInSessionOptions.SessionMinutes"/> after the last request, as the page's timeout warning counts.
/// </summary>
public static class SessionValidator
{
    /// <summary>The stamp and the account's directorates in one compiled query (a row per directorate): it runs on every request.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<AccountRow>> Load = EF.CompileAsyncQuery(
        (AppDbContext db, string id) =>
            from user in db.Users.Where(u => u.Id == id)
            join directorate in db.UserDirectorates on user.Id equals directorate.UserId into directorates
            from directorate in directorates.DefaultIfEmpty()
            select new AccountRow(user.SecurityStamp, directorate == null ? null : directorate.DirectorateId));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var account = id is null ? null : await LoadAsync(services.GetRequiredService<AppDbContext>(), id, context.HttpContext.RequestAborted);
        if (account?.SecurityStamp is null || account.SecurityStamp != context.Principal!.FindFirstValue(claims.SecurityStampClaimType))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        SignedInAccount.Keep(context.HttpContext, account);
        context.ShouldRenew = true;
    }

    private static async Task<SignedInAccount?> LoadAsync(AppDbContext db, string id, CancellationToken cancellationToken)
    {
        var rows = new List<AccountRow>();
        await foreach (var row in Load(db, id).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows.Count == 0 ? null : new SignedInAccount(rows[0].SecurityStamp, rows.Where(r => r.DirectorateId is not null).Select(r => r.DirectorateId!.Value).ToList());
    }

    private sealed record AccountRow(string? SecurityStamp, int? DirectorateId);
}

/// <summary>What the sign-in check read about the account, kept for the rest of the request.</summary>
public sealed record SignedInAccount(string? SecurityStamp, List<int> DirectorateIds)
{
    private static readonly object Key = new();

    public static void Keep(HttpContext context, SignedInAccount account) => context.Items[Key] = account;

    public static SignedInAccount? Of(HttpContext? context) => context?.Items.TryGetValue(Key, out var account) == true ? account as SignedInAccount : null;
}
