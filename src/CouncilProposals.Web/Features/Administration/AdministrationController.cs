using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Account;
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
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.DeactivatedAt })
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
            u.LockoutEnd > now && u.DeactivatedAt is null,
            u.DeactivatedAt is not null,
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

            AddErrors(result);
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

            AddErrors(result);
        }

        input.Password = null;
        return View(new EditUserPage(user.Id, user.Email ?? string.Empty, input, await DirectoratesAsync(cancellationToken), StateOf(user)));
    }

    [HttpGet("{userId}/lock")]
    public Task<IActionResult> Lock(string userId) => ConfirmAsync(userId, AccountAction.Lock, user => new(
        user.Id,
        user.Email ?? string.Empty,
        $"Lock {user.Email}?",
        ["They will be signed out at once and cannot sign in until an administrator unlocks the account.", "Their proposals, approvals and history stay as they are."],
        "Lock account",
        IsWarning: true));

    [HttpPost("{userId}/lock")]
    [ActionName(nameof(Lock))]
    public Task<IActionResult> LockConfirmed(string userId, CancellationToken cancellationToken) =>
        ActAsync(userId, AccountAction.Lock, user => accounts.SetLockAsync(user, locked: true, cancellationToken), user => $"{user.Email} locked");

    [HttpPost("{userId}/unlock")]
    public Task<IActionResult> Unlock(string userId, CancellationToken cancellationToken) =>
        ActAsync(userId, AccountAction.Unlock, user => accounts.SetLockAsync(user, locked: false, cancellationToken), user => $"{user.Email} unlocked");

    [HttpGet("{userId}/deactivate")]
    public Task<IActionResult> Deactivate(string userId) => ConfirmAsync(userId, AccountAction.Deactivate, user => new(
        user.Id,
        user.Email ?? string.Empty,
        $"Deactivate {user.Email}?",
        [
            "Deactivate the account of someone who has left or no longer works on budget proposals. They will be signed out at once, cannot sign in and are sent no e-mails.",
            "Everything they did stays in the proposals' history under their name. You can reactivate the account later with the same roles and directorates.",
        ],
        "Deactivate account",
        IsWarning: true));

    [HttpPost("{userId}/deactivate")]
    [ActionName(nameof(Deactivate))]
    public Task<IActionResult> DeactivateConfirmed(string userId, CancellationToken cancellationToken) =>
        ActAsync(userId, AccountAction.Deactivate, user => accounts.DeactivateAsync(user, cancellationToken), user => $"{user.Email} deactivated");

    [HttpGet("{userId}/reactivate")]
    public Task<IActionResult> Reactivate(string userId) => ConfirmAsync(userId, AccountAction.Reactivate, user => new(
        user.Id,
        user.Email ?? string.Empty,
        $"Reactivate {user.Email}?",
        ["They can sign in again with their password, with the roles and directorates they had. Check these are still right after reactivating."],
        "Reactivate account",
        IsWarning: false));

    [HttpPost("{userId}/reactivate")]
    [ActionName(nameof(Reactivate))]
    public Task<IActionResult> ReactivateConfirmed(string userId, CancellationToken cancellationToken) =>
        ActAsync(userId, AccountAction.Reactivate, user => accounts.ReactivateAsync(user, cancellationToken), user => $"{user.Email} reactivated");

    [HttpGet("{userId}/reset-password")]
    public Task<IActionResult> ResetPassword(string userId) => ConfirmAsync(userId, AccountAction.SendPasswordReset, user => new(
        user.Id,
        user.Email ?? string.Empty,
        $"Send a password reset link to {user.Email}?",
        [
            $"They will get an e-mail with a link to set a new password. The link works once and expires after {PasswordResetLink.LifespanText}.",
            "Their current password keeps working until they set a new one.",
        ],
        "Send link",
        IsWarning: false));

    [HttpPost("{userId}/reset-password")]
    [ActionName(nameof(ResetPassword))]
    public Task<IActionResult> ResetPasswordConfirmed(string userId, CancellationToken cancellationToken) =>
        ActAsync(userId, AccountAction.SendPasswordReset, user => accounts.SendPasswordResetAsync(user, cancellationToken), user => $"Password reset link sent to {user.Email}");

    /// <summary>The confirmation page, when the action suits the account as it is now.</summary>
    private async Task<IActionResult> ConfirmAsync(string userId, AccountAction action, Func<ApplicationUser, ConfirmAccountPage> page)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? NotFound()
            : StateOf(user) == AccountState.Own ? StatusCode(StatusCodes.Status403Forbidden)
            : AccountActions.Suits(action, StateOf(user)) ? View("Confirm", page(user))
            : Stale(user);
    }

    /// <summary>
    /// Does the confirmed action. An administrator never acts on their own account here, and an action that no longer
    /// suits the account (another administrator acted first) is not done twice: the list says where it stands.
    /// </summary>
    private async Task<IActionResult> ActAsync(string userId, AccountAction action, Func<ApplicationUser, Task> act, Func<ApplicationUser, string> done)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (StateOf(user) == AccountState.Own)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!AccountActions.Suits(action, StateOf(user)))
        {
            return Stale(user);
        }

        await act(user);
        TempData["Done"] = done(user);
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Stale(ApplicationUser user)
    {
        TempData["Done"] = $"Nothing was changed: {user.Email} is {StateOf(user).ToString().ToLowerInvariant()}";
        return RedirectToAction(nameof(Index));
    }

    private AccountState StateOf(ApplicationUser user) =>
        AccountActions.StateOf(user.Id == users.GetUserId(User), user.DeactivatedAt, user.LockoutEnd, time.GetUtcNow());

    /// <summary>Each of Identity's errors beside its field, once: a duplicate user name and e-mail are one problem.</summary>
    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors.DistinctBy(e => (FieldOf(e), e.Description)))
        {
            ModelState.AddModelError(FieldOf(error), error.Description);
        }
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
        return new EditUserPage(user.Id, user.Email ?? string.Empty, input, await DirectoratesAsync(cancellationToken), StateOf(user));
    }

    private Task<List<ListOption>> DirectoratesAsync(CancellationToken cancellationToken) =>
        db.Directorates.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);

    private async Task<CreateUserPage> CreatePageAsync(CreateUserInput input, CancellationToken cancellationToken) => new(input, await DirectoratesAsync(cancellationToken));
}
