using System.Security.Claims;
using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// The signed-in person as the permission rules see them: roles from the sign-in, directorates from the
/// database on each request (read with the security stamp), so that a change an administrator makes applies at once.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor accessor, AppDbContext db)
{
    private static readonly Actor Nobody = new(string.Empty, new HashSet<string>(), new HashSet<int>());

    private Actor? _actor;

    public async Task<Actor> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var user = accessor.HttpContext?.User;
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user?.Identity is not { IsAuthenticated: true } || userId is null)
        {
            return _actor = Nobody;
        }

        // The sign-in check has usually read them already, in the same request.
        var directorates = SignedInAccount.Of(accessor.HttpContext)?.DirectorateIds
            ?? await db.UserDirectorates.AsNoTracking().Where(u => u.UserId == userId).Select(u => u.DirectorateId).ToListAsync(cancellationToken);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return _actor = new Actor(user.Identity.Name ?? string.Empty, roles, directorates.ToHashSet());
    }
}
