using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// Figures and choices that read many rows, kept in memory under the stamp of <see cref="ListVersion"/>. The stamp
/// changes in the same transaction as any saved change to a proposal or to the council's lists, so a page never
/// shows what was kept from before a change, on any instance of the app. The stamp is read once per request.
/// </summary>
public sealed class ListStamp(AppDbContext db, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromMinutes(5) };

    private Guid? _stamp;

    public async Task<Guid> CurrentAsync(CancellationToken cancellationToken) =>
        _stamp ??= await db.ListVersions.AsNoTracking().Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What <paramref name="load"/> reads, computed once per stamp and key.</summary>
    public async Task<T> KeptAsync<T>(string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var kept = $"{key}|{await CurrentAsync(cancellationToken)}";
        if (cache.TryGetValue(kept, out T? known) && known is not null)
        {
            return known;
        }

        var value = await load();
        cache.Set(kept, value, Keep);
        return value;
    }
}
