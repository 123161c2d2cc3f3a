using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;
namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>
/// Demo accounts for Development: an officer and a director for every directorate, Corporate Finance and an
/// administrator, all with one demo password. Never created outside Development and the tests.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo-password-2026";

    public static readonly string CorporateFinance = $"corporate.finance@{DemoData.EmailDomain}";

    public static readonly string Admin = $"admin@{DemoData.EmailDomain}";

    public static async Task SeedAsync(UserAccounts accounts, AppDbContext db, CancellationToken cancellationToken = default)
    {
        await accounts.EnsureRolesAsync();
        foreach (var directorate in await db.Directorates.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken))
        {
            await CreateAsync(accounts, DemoData.Officer(directorate.Code), $"Finance Officer, {directorate.Name}", Roles.FinanceOfficer, [directorate.Id], cancellationToken);
            await CreateAsync(accounts, DemoData.Director(directorate.Code), $"Director, {directorate.Name}", Roles.Director, [directorate.Id], cancellationToken);
        }

        await CreateAsync(accounts, CorporateFinance, "Corporate Finance", Roles.CorporateFinance, [], cancellationToken);
        await CreateAsync(accounts, Admin, "Administrator", Roles.Administrator, [], cancellationToken);
    }

    private static async Task CreateAsync(UserAccounts accounts, string email, string name, string role, int[] directorates, CancellationToken cancellationToken)
    {
        if (await accounts.ExistsAsync(email))
        {
            return;
        }

        var result = await accounts.CreateAsync(new NewAccount(email, name, Password, [role], directorates), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
