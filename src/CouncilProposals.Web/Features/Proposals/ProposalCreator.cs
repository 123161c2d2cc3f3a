using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Creates a proposal with the next reference number of its directorate and cycle. The counter is read and
/// moved on inside one write transaction (SQLite takes the write lock at BEGIN; SQL Server's row version refuses
/// a second writer), so two officers creating proposals at the same moment never get the same reference.
/// </summary>
public sealed class ProposalCreator(AppDbContext db)
{
    private const int Attempts = 5;

    public async Task<Proposal> CreateAsync(int cycleId, int directorateId, string title, string createdBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // SQL Server's retrying strategy must own any transaction it may have to replay.
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(() => TryCreateAsync(cycleId, directorateId, title, createdBy, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Proposal> TryCreateAsync(int cycleId, int directorateId, string title, string createdBy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new DomainException("Choose an MTFS cycle.", nameof(Proposal.CycleId));
        var directorate = await db.Directorates.SingleOrDefaultAsync(d => d.Id == directorateId, cancellationToken)
            ?? throw new DomainException("Choose a directorate.", nameof(Proposal.DirectorateId));

        var counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.CycleId == cycleId && c.DirectorateId == directorateId, cancellationToken);
        if (counter is null)
        {
            counter = new ReferenceCounter(cycleId, directorateId);
            db.ReferenceCounters.Add(counter);
        }

        var reference = new ProposalReference(directorate.Code, counter.Allocate(), cycle.FirstSavingsYear);
        var proposal = new Proposal(cycle, directorate, reference, title, createdBy);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return proposal;
    }
}
