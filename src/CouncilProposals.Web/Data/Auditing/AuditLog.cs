using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>
/// Adds audit entries for changes the save pipeline cannot describe from the records alone: accounts, roles,
/// locks and refused sign-ins. The entry is saved with the caller's next save, in the same transaction.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider time, ICurrentUser currentUser)
{
    public const string Account = "Account";

    public void Record(string entityType, string entityId, string action, IReadOnlyList<AuditChange> changes, string? userName = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserName = userName ?? currentUser.UserName ?? "system",
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = JsonSerializer.Serialize(changes),
        });

    /// <summary>An entry in a proposal's history for something that changed no field of it, such as Cabinet deferring it.</summary>
    public void RecordForProposal(int proposalId, string reference, string action, IReadOnlyList<AuditChange> changes, string? comment) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserName = currentUser.UserName ?? "system",
            EntityType = "Proposal",
            EntityId = reference,
            ProposalId = proposalId,
            Action = action,
            Changes = JsonSerializer.Serialize(changes),
            Comment = comment,
        });

    /// <summary>Adds a new record and its "Created" entry (which needs the record's id) in one transaction.</summary>
    public Task AddAsync<T>(T entity, Func<T, int> id, Func<T, IReadOnlyList<AuditChange>> describe, CancellationToken cancellationToken)
        where T : class =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            Record(typeof(T).Name, id(entity).ToString(CultureInfo.InvariantCulture), "Created", describe(entity));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

    /// <summary>A short one-way hash, for naming something a stranger typed (an unknown account) without storing it.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim().ToUpperInvariant())))[..16];
}
