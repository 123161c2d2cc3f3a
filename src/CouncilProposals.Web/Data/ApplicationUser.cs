using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Data;

/// <summary>A person who signs in. The user name is their e-mail address.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
