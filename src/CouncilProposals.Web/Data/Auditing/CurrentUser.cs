using System.Security.Claims;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>The signed-in person, for audit stamps. Null outside a request (start-up, seeding).</summary>
public interface ICurrentUser
{
    string? UserName { get; }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserName => accessor.HttpContext?.User.Identity is { IsAuthenticated: true } identity
        ? identity.Name ?? accessor.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)
        : null;
}

/// <summary>A comment to attach to the audit entries of the next save, such as a reason for returning a proposal.</summary>
public sealed class AuditContext
{
    public string? Comment { get; set; }

    /// <summary>What the next save does to existing proposals, when it says more than "Edited" (such as correcting a decision).</summary>
    public string? Action { get; set; }
}
