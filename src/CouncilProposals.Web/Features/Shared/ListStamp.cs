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

    // Read on nearly every page: compiled once, so a request does not build and look up the query again.
    private static readonly Func<AppDbContext, CancellationToken, Task<Guid>> ReadStamp =
        EF.CompileAsyncQuery((AppDbContext db, CancellationToken cancellationToken) => db.ListVersions.Select(v => v.Stamp).FirstOrDefault());

    private Guid? _stamp;

    public async Task<Guid> CurrentAsync(CancellationToken cancellationToken) =>
        _stamp ??= await ReadStamp(db, cancellationToken);

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
