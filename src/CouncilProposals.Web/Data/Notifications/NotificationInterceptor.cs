using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilProposals.Web.Data.Notifications;

/// <summary>
/// Adds the e-mails for every status change of a proposal to the outbox in the same save, so a change is never
/// saved without its e-mails nor e-mails queued for a change that failed. Whatever path changes the status is
/// covered. Changes made outside a person's request (start-up, demo data) send nothing.
/// </summary>
public sealed class NotificationInterceptor(ICurrentUser currentUser, IWorkflowMessages messages, OutboxSignal signal) : SaveChangesInterceptor
{
    private bool _queued;

    // The app saves asynchronously; a synchronous save (a tool, a test) waits for the same work.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && currentUser.UserName is { } actor)
        {
            db.ChangeTracker.DetectChanges();
            var transitions = db.ChangeTracker.Entries<Proposal>()
                .Where(e => e.State == EntityState.Modified)
                .Select(e => new StatusTransition(e.Entity, e.Property(p => p.Status).OriginalValue, e.Entity.Status))
                .Where(t => t.From != t.To)
                .ToList();
            if (transitions.Count > 0)
            {
                var outbox = await messages.ComposeAsync(db, transitions, actor, cancellationToken);
                db.AddRange(outbox);
                _queued |= outbox.Count > 0;
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Wake();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Wake();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _queued = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _queued = false;
        return Task.CompletedTask;
    }

    private void Wake()
    {
        if (_queued)
        {
            _queued = false;
            signal.Notify();
        }
    }
}
