using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilProposals.Web.Data.Versions;

/// <summary>
/// Takes a version of a proposal in the same save as each step that calls for one (submission, return, approval,
/// reopening, Cabinet's decision and its correction). It watches the proposal's status as saved, not the actions,
/// so every path that moves a proposal (its own pages, a Cabinet pack's decisions, later ones) is covered, and a
/// step is never saved without its version nor a version without its step.
/// </summary>
public sealed class VersionInterceptor(TimeProvider time, ICurrentUser currentUser) : SaveChangesInterceptor
{
    private static readonly string[] Parts =
        [nameof(Proposal.SavingsLines), nameof(Proposal.FteReductions), nameof(Proposal.Risks), nameof(Proposal.ScreeningAnswers)];

    // The app saves asynchronously; a synchronous save (a tool, a test) waits for the same work.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
        {
            return result;
        }

        context.ChangeTracker.DetectChanges();
        var steps = context.ChangeTracker.Entries<Proposal>()
            .Where(e => e.State == EntityState.Modified)
            .Select(e => (Entry: e, Event: VersionEvents.For(e.Property(p => p.Status).OriginalValue, e.Entity.Status, DecisionChanged(context, e.Entity))))
            .Where(s => s.Event is not null)
            .ToList();
        if (steps.Count == 0)
        {
            return result;
        }

        var names = await AuditNames.LoadAsync(context, steps.Select(s => s.Entry), cancellationToken);
        foreach (var (entry, @event) in steps)
        {
            // The approval pages load the proposal alone: the snapshot needs the whole of it.
            foreach (var part in Parts)
            {
                var collection = entry.Collection(part);
                if (!collection.IsLoaded)
                {
                    await collection.LoadAsync(cancellationToken);
                }
            }

            var proposal = entry.Entity;
            var last = await context.Set<ProposalVersion>().Where(v => v.ProposalId == proposal.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
            var version = new ProposalVersion(last + 1, @event!.Value, time.GetUtcNow(), currentUser.UserName ?? proposal.UpdatedBy, ProposalSnapshot.Of(proposal, NamesOf(proposal, names)));
            context.Add(version);
            context.Entry(version).Property(v => v.ProposalId).CurrentValue = proposal.Id;
        }

        return result;
    }

    private static bool DecisionChanged(DbContext context, Proposal proposal) =>
        proposal.CabinetDecision is { } decision
        && context.ChangeTracker.Entries<CabinetDecision>().Any(d => ReferenceEquals(d.Entity, decision) && d.State is EntityState.Added or EntityState.Modified);

    private static SnapshotNames NamesOf(Proposal proposal, AuditNames names) => new(
        names.NameOf(nameof(Proposal.CycleId), proposal.CycleId),
        names.NameOf(nameof(Proposal.DirectorateId), proposal.DirectorateId),
        proposal.SavingsTypeId is { } type ? names.NameOf(nameof(Proposal.SavingsTypeId), type) : null,
        proposal.ServiceAreaId is { } area ? names.NameOf(nameof(Proposal.ServiceAreaId), area) : null,
        proposal.StrategicPriorityOutcomeId is { } outcome ? names.NameOf(nameof(Proposal.StrategicPriorityOutcomeId), outcome) : null);
}
