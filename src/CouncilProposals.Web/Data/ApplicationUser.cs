using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Data;

/// <summary>A person who signs in. The user name is their e-mail address.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>
    /// When an administrator deactivated the account (the person left or moved on). A deactivated account is also
    /// locked out, so every sign-in and e-mail check that refuses locked accounts refuses it; its history stays.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
