using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Administration;

/// <summary>Users and their roles and directorates. Administrators only; they do not see proposals.</summary>
[Authorize(Roles = Roles.Administrator)]
[Route("admin/users")]
public sealed class AdministrationController(AppDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, UserAccounts accounts, TimeProvider time) : Controller
{
    public const string Name = "Administration";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var people = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var directorates = await db.UserDirectorates.AsNoTracking().Join(db.Directorates, ud => ud.DirectorateId, d => d.Id, (ud, d) => new { ud.UserId, d.Code }).ToListAsync(cancellationToken);
        var me = users.GetUserId(User);
        var rows = people.Select(u => new UserRow(
            u.Id,
            u.Email ?? string.Empty,
            u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? string.Empty).Order(StringComparer.Ordinal).ToList(),
            directorates.Where(d => d.UserId == u.Id).Select(d => d.Code).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd > now,
            u.Id == me)).ToList();
        return View(new UsersPage(rows, TempData["Done"] as string));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View(await CreatePageAsync(new CreateUserInput(), cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            // Directorates matter only to officers and directors.
            var directorates = input.Roles.Any(Roles.IsDirectorateRole) ? input.DirectorateIds : [];
            var result = await accounts.CreateAsync(
                new NewAccount(input.Email!, input.DisplayName!, string.IsNullOrEmpty(input.Password) ? null : input.Password, input.Roles, directorates), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Done"] = $"Account created for {input.Email!.Trim()}";
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Description);
            }
        }

        input.Password = null;
        return View(await CreatePageAsync(input, cancellationToken));
    }

    [HttpGet("{userId}/edit")]
    public async Task<IActionResult> Edit(string userId, CancellationToken cancellationToken) =>
        await CurrentPageAsync(userId, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{userId}/edit")]
    public async Task<IActionResult> Edit(string userId, EditUserInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        // An administrator cannot take away their own way back in.
        var isMe = user.Id == users.GetUserId(User);
        if (isMe && !input.Roles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError(nameof(EditUserInput.Roles), "You cannot remove your own Administrator role: ask another administrator");
        }

        if (ModelState.IsValid)
        {
            var directorates = input.Roles.Any(Roles.IsDirectorateRole) ? input.DirectorateIds : [];
            var change = new AccountChange(input.DisplayName!, string.IsNullOrEmpty(input.Password) ? null : input.Password, input.Roles, directorates, input.ConcurrencyStamp);
            var result = await accounts.ChangeAsync(user, change, cancellationToken);
            if (result.Succeeded)
            {
                if (isMe)
                {
                    await signIn.RefreshSignInAsync(user);
                }

                TempData["Done"] = $"Changes saved for {user.Email}";
                return RedirectToAction(nameof(Index));
            }

            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                db.ChangeTracker.Clear();
                ModelState.Clear();
                ModelState.AddModelError(nameof(EditUserInput.DisplayName), "Someone else changed this account while you were editing it. The page now shows their changes: make yours again");
                return await CurrentPageAsync(userId, cancellationToken) is { } current ? View(current) : NotFound();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Description);
            }
        }

        input.Password = null;
        return View(new EditUserPage(user.Id, user.Email ?? string.Empty, input, await DirectoratesAsync(cancellationToken)));
    }

    [HttpPost("{userId}/lock")]
    public async Task<IActionResult> Lock(string userId) => await SetLockAsync(userId, locked: true);

    [HttpPost("{userId}/unlock")]
    public async Task<IActionResult> Unlock(string userId) => await SetLockAsync(userId, locked: false);

    private async Task<IActionResult> SetLockAsync(string userId, bool locked)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (locked && user.Id == users.GetUserId(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await accounts.SetLockAsync(user, locked);
        TempData["Done"] = $"{user.Email} {(locked ? "locked" : "unlocked")}";
        return RedirectToAction(nameof(Index));
    }

    private static string FieldOf(IdentityError error) =>
        error.Code == UserAccounts.UnknownDirectorate ? nameof(CreateUserInput.DirectorateIds)
        : error.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure) ? nameof(CreateUserInput.DisplayName)
        : error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(CreateUserInput.Password)
        : nameof(CreateUserInput.Email);

    private async Task<EditUserPage?> CurrentPageAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var input = new EditUserInput
        {
            DisplayName = user.DisplayName,
            Roles = [.. await users.GetRolesAsync(user)],
            DirectorateIds = await db.UserDirectorates.AsNoTracking().Where(d => d.UserId == userId).Select(d => d.DirectorateId).ToListAsync(cancellationToken),
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        return new EditUserPage(user.Id, user.Email ?? string.Empty, input, await DirectoratesAsync(cancellationToken));
    }

    private Task<List<ListOption>> DirectoratesAsync(CancellationToken cancellationToken) =>
        db.Directorates.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);

    private async Task<CreateUserPage> CreatePageAsync(CreateUserInput input, CancellationToken cancellationToken) => new(input, await DirectoratesAsync(cancellationToken));
}
