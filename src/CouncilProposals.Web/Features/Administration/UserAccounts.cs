using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Features.Administration;

/// <summary>Creates local accounts with their roles and directorates: for the admin pages, create-admin and the demo accounts.</summary>
public sealed class UserAccounts(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, AppDbContext db)
{
    /// <summary>Makes sure every council role exists.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Creates the account; the errors are Identity's own (password policy, duplicate e-mail), for users to read.</summary>
    public async Task<IdentityResult> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        var user = new ApplicationUser
        {
            UserName = account.Email.Trim(),
            Email = account.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = account.DisplayName.Trim(),
            LockoutEnabled = true,
        };
        var created = account.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        Check(await users.AddToRolesAsync(user, account.Roles));
        db.UserDirectorates.AddRange(account.DirectorateIds.Distinct().Select(id => new UserDirectorate { UserId = user.Id, DirectorateId = id }));
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>A new account; no password when the person signs in only through the council's identity provider.</summary>
public sealed record NewAccount(string Email, string DisplayName, string? Password, IReadOnlyCollection<string> Roles, IReadOnlyCollection<int> DirectorateIds);
