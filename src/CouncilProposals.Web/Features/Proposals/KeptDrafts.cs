using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Forms posted after the sign-in ran out (<see cref="SignedOutSaveMiddleware"/>), kept for <see cref="KeptFor"/>
/// under a random key and given back once, to the same person, on the same page.
/// </summary>
public sealed class KeptDrafts(AppDbContext db, TimeProvider time, IOptions<AntiforgeryOptions> antiforgery)
{
    /// <summary>The query string parameter that carries the key back to the section page.</summary>
    public const string QueryKey = "draft";

    /// <summary>The view data flag that makes the page say the form holds a kept draft.</summary>
    public const string RestoredFlag = "KeptDraftRestored";

    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);

    /// <summary>Keeps the posted fields, except the antiforgery token; null when the account no longer exists.</summary>
    public async Task<string?> KeepAsync(string userId, string path, IFormCollection form, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.KeptDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return null;
        }

        var fields = form.Where(f => f.Key != antiforgery.Value.FormFieldName).ToDictionary(f => f.Key, f => f.Value.ToArray());
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.KeptDrafts.Add(new KeptDraft { Key = key, UserId = userId, Path = path, Fields = JsonSerializer.Serialize(fields), ExpiresAt = now + KeptFor });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>
    /// The form kept for this page (its address and the key in the query string) and this person, bound as its save
    /// would have bound it and flagged for the page's notice; null when there is none. Nothing is checked or saved:
    /// the person checks it and saves it as usual.
    /// </summary>
    public async Task<TInput?> RestoreAsync<TInput>(Controller page, CancellationToken cancellationToken)
        where TInput : class, new()
    {
        var fields = await TakeAsync(
            page.Request.Query[QueryKey], page.User.FindFirstValue(ClaimTypes.NameIdentifier), page.Request.Path.Value ?? string.Empty, cancellationToken);
        if (fields is null)
        {
            return null;
        }

        var input = new TInput();
        await page.TryUpdateModelAsync(input, string.Empty, new FormValueProvider(BindingSource.Form, new FormCollection(fields), CultureInfo.CurrentCulture));
        page.ModelState.Clear();
        page.ViewData[RestoredFlag] = true;
        return input;
    }

    /// <summary>The kept fields, when the key is this person's draft for this page and has not expired; given back once.</summary>
    public async Task<Dictionary<string, StringValues>?> TakeAsync(string? key, string? userId, string path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var draft = await db.KeptDrafts.SingleOrDefaultAsync(d => d.Key == key && d.UserId == userId, cancellationToken);
        if (draft is null || draft.ExpiresAt <= time.GetUtcNow() || !string.Equals(draft.Path, path, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        db.KeptDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, string?[]>>(draft.Fields)?.ToDictionary(f => f.Key, f => new StringValues(f.Value));
    }
}
