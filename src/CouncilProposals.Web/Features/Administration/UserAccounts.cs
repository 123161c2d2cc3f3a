using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Administration;

/// <summary>
/// Creates local accounts with their roles and directorates, changes them, locks, deactivates and reactivates them
/// and sends password reset links: for the admin pages, create-admin and the demo accounts. Each change is one
/// transaction with its audit entry.
/// </summary>
public sealed class UserAccounts(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, AppDbContext db, AuditLog audit, AccountMessages messages, OutboxSignal signal, TimeProvider time)
{
    public const string UnknownDirectorate = "UnknownDirectorate";

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

    /// <summary>Creates the account; the errors (password policy, duplicate e-mail, unknown directorate) are for users to read.</summary>
    public async Task<IdentityResult> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        var directorateIds = account.DirectorateIds.Distinct().ToList();
        if (await db.Directorates.CountAsync(d => directorateIds.Contains(d.Id), cancellationToken) != directorateIds.Count)
        {
            return IdentityResult.Failed(new IdentityError { Code = UnknownDirectorate, Description = "Select directorates from the list" });
        }

        return await InTransactionAsync(async () =>
        {
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
            db.UserDirectorates.AddRange(directorateIds.Select(id => new UserDirectorate { UserId = user.Id, DirectorateId = id }));
            audit.Record(AuditLog.Account, user.Id, "Created", [
                new("Email", null, user.Email), new("Name", null, user.DisplayName), new("Roles", null, string.Join(", ", account.Roles.Order(StringComparer.Ordinal))),
                new("Directorates", null, string.Join(", ", directorateIds.Order())), new("Password", null, account.Password is null ? "none (council sign-in only)" : "set"),
            ]);
            await db.SaveChangesAsync(cancellationToken);
            return created;
        }, cancellationToken);
    }

    /// <summary>Locks the account until an administrator unlocks it, or unlocks it; either way ends its current sign-in.</summary>
    public Task SetLockAsync(ApplicationUser user, bool locked, CancellationToken cancellationToken = default) => InTransactionAsync(async () =>
    {
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user));
        }

        // A new security stamp ends the person's current sign-in.
        Check(await users.UpdateSecurityStampAsync(user));
        audit.Record(AuditLog.Account, user.Id, locked ? "Locked" : "Unlocked", [new("Locked", locked ? "No" : "Yes", locked ? "Yes" : "No")]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }, cancellationToken);

    /// <summary>
    /// Deactivates the account of someone who has left: they cannot sign in, are sent no e-mails and their current
    /// sign-in ends, while everything they did stays in the history under their name.
    /// </summary>
    public Task DeactivateAsync(ApplicationUser user, CancellationToken cancellationToken = default) => InTransactionAsync(async () =>
    {
        user.DeactivatedAt = time.GetUtcNow();
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
        audit.Record(AuditLog.Account, user.Id, "Deactivated", [new("Active", "Yes", "No")]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }, cancellationToken);

    /// <summary>Reactivates the account with the roles and directorates it had; the person signs in as before.</summary>
    public Task ReactivateAsync(ApplicationUser user, CancellationToken cancellationToken = default) => InTransactionAsync(async () =>
    {
        user.DeactivatedAt = null;
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
        audit.Record(AuditLog.Account, user.Id, "Reactivated", [new("Active", "No", "Yes")]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }, cancellationToken);

    /// <summary>
    /// Queues an e-mail to the person with a link to set a new password. The link works once (setting a password
    /// renews the security stamp the token is bound to) and expires after <see cref="Account.PasswordResetLink.Lifespan"/>.
    /// </summary>
    public async Task SendPasswordResetAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        db.OutboxMessages.Add(messages.PasswordReset(user, token));
        audit.Record(AuditLog.Account, user.Id, "Password reset link sent", [new("Password reset link", null, $"sent to {user.Email}")]);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    /// <summary>Sets the password from a reset link, unlocking a lock-out from wrong passwords; the link is then used up.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(ApplicationUser user, string token, string password, CancellationToken cancellationToken = default) =>
        await InTransactionAsync(async () =>
        {
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return reset;
            }

            Check(await users.ResetAccessFailedCountAsync(user));
            if (user.DeactivatedAt is null && user.LockoutEnd is { } end && end != DateTimeOffset.MaxValue)
            {
                Check(await users.SetLockoutEndDateAsync(user, null));
            }

            audit.Record(AuditLog.Account, user.Id, "Password reset", [new("Password", null, "set from a reset link")], user.UserName);
            await db.SaveChangesAsync(cancellationToken);
            return reset;
        }, cancellationToken);

    /// <summary>
    /// Changes the account's name, roles, directorates and (when given) password in one transaction with its audit
    /// entry. A change of roles or password renews the security stamp, which ends the person's current sign-ins; a
    /// change of directorates applies at their next request.
    /// </summary>
    public async Task<IdentityResult> ChangeAsync(ApplicationUser user, AccountChange change, CancellationToken cancellationToken = default)
    {
        var directorateIds = change.DirectorateIds.Distinct().Order().ToList();
        if (await db.Directorates.CountAsync(d => directorateIds.Contains(d.Id), cancellationToken) != directorateIds.Count)
        {
            return IdentityResult.Failed(new IdentityError { Code = UnknownDirectorate, Description = "Select directorates from the list" });
        }

        return await InTransactionAsync(async () =>
        {
            // The stamp the administrator's form was opened with: a change made meanwhile is refused, not overwritten.
            if (change.ConcurrencyStamp != user.ConcurrencyStamp)
            {
                return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
            }

            var oldRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            var newRoles = change.Roles.Distinct().Order(StringComparer.Ordinal).ToList();
            var current = await db.UserDirectorates.Where(d => d.UserId == user.Id).ToListAsync(cancellationToken);
            var oldDirectorates = current.Select(d => d.DirectorateId).Order().ToList();
            var changes = new List<AuditChange>();
            if (user.DisplayName != change.DisplayName.Trim())
            {
                changes.Add(new("Name", user.DisplayName, change.DisplayName.Trim()));
                user.DisplayName = change.DisplayName.Trim();
            }

            // Roles travel in the sign-in cookie, so a change of roles or password ends the person's sign-ins. Their
            // directorates are read afresh on every request (SessionValidator): a move takes effect at the next one.
            var signInsEnd = !oldRoles.SequenceEqual(newRoles) || change.Password is not null;
            if (!oldRoles.SequenceEqual(newRoles))
            {
                changes.Add(new("Roles", string.Join(", ", oldRoles), string.Join(", ", newRoles)));
            }

            if (!oldDirectorates.SequenceEqual(directorateIds))
            {
                changes.Add(new("Directorates", string.Join(", ", oldDirectorates), string.Join(", ", directorateIds)));
                db.UserDirectorates.RemoveRange(current);
                db.UserDirectorates.AddRange(directorateIds.Select(id => new UserDirectorate { UserId = user.Id, DirectorateId = id }));
            }

            if (change.Password is not null)
            {
                changes.Add(new("Password", null, "changed"));
            }

            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded || changes.Count == 0)
            {
                return updated;
            }

            var steps = new List<IdentityResult>();
            if (!oldRoles.SequenceEqual(newRoles))
            {
                steps.Add(await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles)));
                steps.Add(await users.AddToRolesAsync(user, newRoles.Except(oldRoles)));
            }

            if (change.Password is not null)
            {
                steps.Add(await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : IdentityResult.Success);
                steps.Add(await users.AddPasswordAsync(user, change.Password));
            }

            if (signInsEnd)
            {
                steps.Add(await users.UpdateSecurityStampAsync(user));
            }

            if (steps.FirstOrDefault(r => !r.Succeeded) is { } failed)
            {
                return failed;
            }

            audit.Record(AuditLog.Account, user.Id, "Changed", changes);
            await db.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }, cancellationToken);
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    /// <summary>Runs the steps in one transaction, under the provider's execution strategy (SQL Server retries).</summary>
    private Task<T> InTransactionAsync<T>(Func<Task<T>> steps, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await steps();
            if (result is IdentityResult { Succeeded: false })
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>An administrator's change to an account; a null password leaves it as it is.</summary>
public sealed record AccountChange(string DisplayName, string? Password, IReadOnlyCollection<string> Roles, IReadOnlyCollection<int> DirectorateIds, string? ConcurrencyStamp);

/// <summary>A new account; no password when the person signs in only through the council's identity provider.</summary>
public sealed record NewAccount(string Email, string DisplayName, string? Password, IReadOnlyCollection<string> Roles, IReadOnlyCollection<int> DirectorateIds);
