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

    public async Task<Proposal> CreateAsync(int cycleId, int directorateId, string title, string createdBy, CancellationToken cancellationToken = default) =>
        (await WithRetriesAsync(() => TryCreateAsync(cycleId, directorateId, title, createdBy, cancellationToken))).Proposal;

    /// <summary>
    /// An officer starting a proposal: in their own empty draft of the same directorate and cycle if they left one
    /// (it keeps its number, see <see cref="Proposal.StartAgain"/>), otherwise with the next reference number.
    /// </summary>
    public Task<StartedProposal> StartAsync(int cycleId, int directorateId, string title, string officer, CancellationToken cancellationToken = default) =>
        WithRetriesAsync(async () => await TryStartInEmptyDraftAsync(cycleId, directorateId, title, officer, cancellationToken)
            ?? await TryCreateAsync(cycleId, directorateId, title, officer, cancellationToken));

    private async Task<StartedProposal> WithRetriesAsync(Func<Task<StartedProposal>> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // SQL Server's retrying strategy must own any transaction it may have to replay.
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(create);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<StartedProposal?> TryStartInEmptyDraftAsync(int cycleId, int directorateId, string title, string officer, CancellationToken cancellationToken)
    {
        var drafts = await db.Proposals.Whole()
            .Where(p => p.CycleId == cycleId && p.DirectorateId == directorateId && p.Status == ProposalStatus.Draft
                && p.CreatedBy == officer && p.LastEditedBy == officer && !p.SavingsLines.Any() && p.Summary == null)
            .OrderBy(p => p.ReferenceNumber)
            .ToListAsync(cancellationToken);
        var empty = drafts.FirstOrDefault(p => p.IsEmptyDraftOf(officer));
        if (empty is null || !empty.Cycle.IsOpen)
        {
            return null;
        }

        empty.StartAgain(title, officer);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedProposal(empty, KeptEmptyDraftNumber: true);
    }

    private async Task<StartedProposal> TryCreateAsync(int cycleId, int directorateId, string title, string createdBy, CancellationToken cancellationToken)
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
        return new StartedProposal(proposal, KeptEmptyDraftNumber: false);
    }
}

/// <summary>The proposal an officer started; KeptEmptyDraftNumber when their own empty draft took the title and kept its number.</summary>
public sealed record StartedProposal(Proposal Proposal, bool KeptEmptyDraftNumber);
