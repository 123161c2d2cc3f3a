using System.Security.Cryptography;
using System.Text.Json;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Section forms posted after the sign-in ran out (<see cref="SignedOutSaveMiddleware"/>), kept for
/// <see cref="KeptFor"/> under a random key and given back once, to the same person, on the same section page.
/// </summary>
public sealed class KeptDrafts(AppDbContext db, TimeProvider time, IOptions<AntiforgeryOptions> antiforgery)
{
    /// <summary>The query string parameter that carries the key back to the section page.</summary>
    public const string QueryKey = "draft";

    /// <summary>The view data flag that makes the section page say the form holds a kept draft.</summary>
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
