using System.Text.Json;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>
/// Stamps who and when on every save, gives each edited record a new version (the concurrency token), and writes
/// an audit entry for every change to a proposal or a Cabinet pack: field by field, from what to what.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider time, ICurrentUser currentUser, AuditContext auditContext) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Unaudited =
    [
        nameof(Proposal.Version), nameof(Proposal.CreatedAt), nameof(Proposal.CreatedBy), nameof(Proposal.UpdatedAt),
        nameof(Proposal.UpdatedBy), nameof(Proposal.LastEditedBy), nameof(Proposal.Id),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            var touched = TouchedProposals(context);
            Stamp(context, touched, AuditNames.Load(context, touched));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var touched = TouchedProposals(context);
            Stamp(context, touched, await AuditNames.LoadAsync(context, touched, cancellationToken));
        }

        return result;
    }

    /// <summary>Changes the lists' stamp in this save's transaction, so cached counts and totals are not used again.</summary>
    private static void NewListVersion(DbContext context)
    {
        var version = context.ChangeTracker.Entries<ListVersion>().FirstOrDefault()?.Entity;
        if (version is null)
        {
            version = new ListVersion();
            context.Attach(version);
        }

        version.Stamp = Guid.NewGuid();
        context.Entry(version).Property(v => v.Stamp).IsModified = true;
    }

    /// <summary>The lists offer cycles, directorates and savings types as filters, kept under the same stamp.</summary>
    private static bool ChoicesChanged(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.Entity is MtfsCycle or Directorate or ListItem && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private static List<EntityEntry<Proposal>> TouchedProposals(DbContext context)
    {
        context.ChangeTracker.DetectChanges();

        // The audit trail is append-only: the app never changes or removes an entry (the database refuses too).
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
        }

        return context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ProposalOf(context, e))
            .OfType<EntityEntry<Proposal>>()
            .DistinctBy(e => e.Entity)
            .ToList();
    }

    private void Stamp(DbContext context, List<EntityEntry<Proposal>> touchedProposals, AuditNames names)
    {
        var now = time.GetUtcNow();
        var user = currentUser.UserName;
        var audits = touchedProposals.Select(entry => Describe(context, entry, names)).OfType<PendingAudit>().ToList();

        foreach (var entry in context.ChangeTracker.Entries())
        {
            // Entries are compared by entity: a proposal whose only change is in its lines still gets a new version.
            if (entry.State is not (EntityState.Added or EntityState.Modified) && !touchedProposals.Any(p => ReferenceEquals(p.Entity, entry.Entity)))
            {
                continue;
            }

            if (entry.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
            }

            if (entry.Entity is IAudited audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = string.IsNullOrEmpty(audited.CreatedBy) ? user ?? "system" : audited.CreatedBy;
                }

                audited.UpdatedAt = now;
                audited.UpdatedBy = user ?? (string.IsNullOrEmpty(audited.UpdatedBy) ? "system" : audited.UpdatedBy);
            }
        }

        if (touchedProposals.Count > 0 || ChoicesChanged(context))
        {
            NewListVersion(context);
        }

        context.AddRange(CabinetPackAudit.Describe(context, now, user));
        foreach (var audit in audits)
        {
            var entry = new AuditEntry
            {
                At = now,
                UserName = user ?? audit.Proposal.Entity.UpdatedBy,
                EntityType = nameof(Proposal),
                EntityId = audit.Proposal.Entity.Reference,
                Action = audit.Action == "Created" ? audit.Action : auditContext.Action ?? audit.Action,
                Changes = JsonSerializer.Serialize(audit.Changes),
                Comment = auditContext.Comment,
            };
            context.Add(entry);

            // A new proposal's key is still temporary here; the relationship lets EF fill in the real one on insert.
            context.Entry(entry).Property(e => e.ProposalId).CurrentValue = audit.Proposal.Property(p => p.Id).CurrentValue;
        }
    }

    private static EntityEntry<Proposal>? ProposalOf(DbContext context, EntityEntry entry) => entry.Entity switch
    {
        Proposal proposal => context.Entry(proposal),
        CabinetDecision => context.ChangeTracker.Entries<Proposal>().FirstOrDefault(p => ReferenceEquals(p.Entity.CabinetDecision, entry.Entity)),
        SavingsLine or FteReduction or Risk or ScreeningAnswer => FindProposal(context, entry),
        _ => null,
    };

    private static EntityEntry<Proposal>? FindProposal(DbContext context, EntityEntry child)
    {
        var proposalId = (int)child.Property("ProposalId").CurrentValue!;
        return context.ChangeTracker.Entries<Proposal>().FirstOrDefault(p =>
            p.Entity.Id == proposalId
            || p.Entity.SavingsLines.Contains(child.Entity) || p.Entity.FteReductions.Contains(child.Entity)
            || p.Entity.Risks.Contains(child.Entity) || p.Entity.ScreeningAnswers.Contains(child.Entity));
    }

    private static PendingAudit? Describe(DbContext context, EntityEntry<Proposal> entry, AuditNames names)
    {
        var before = entry.State == EntityState.Added ? [] : ProposalAuditView.Snapshot(context, entry, original: true, names);
        var after = ProposalAuditView.Snapshot(context, entry, original: false, names);
        var changes = after.Keys.Union(before.Keys)
            .Where(field => !Unaudited.Contains(field))
            .Select(field => new AuditChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => change.Old != change.New)
            .ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var action = entry.State == EntityState.Added ? "Created"
            : changes.Any(c => c.Field == ProposalAuditView.StatusField) ? "Status changed"
            : "Edited";
        return new PendingAudit(entry, action, changes);
    }

    private sealed record PendingAudit(EntityEntry<Proposal> Proposal, string Action, List<AuditChange> Changes);
}

public sealed record AuditChange(string Field, string? Old, string? New);
