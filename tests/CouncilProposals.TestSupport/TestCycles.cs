using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.TestSupport;

/// <summary>MTFS cycles of a test's own, so that its totals hold only the proposals it made.</summary>
public static class TestCycles
{
    /// <summary>
    /// A new three-year cycle no other test uses, open only while <paramref name="build"/> adds its proposals (with
    /// <see cref="ProposalBuilder.InCycle"/>) and closed after, so the demo data's open cycle stays the only open one.
    /// </summary>
    public static async Task<MtfsCycle> WithProposalsAsync(CouncilProposalsFactory factory, Func<MtfsCycle, AppDbContext, Task> build)
    {
        var cycle = await factory.WithDbAsync(async db =>
        {
            var taken = await db.Cycles.Select(c => c.Name).ToListAsync();
            MtfsCycle made;
            do
            {
                made = new MtfsCycle(new FinancialYear(Random.Shared.Next(2030, 2095)));
            }
            while (taken.Contains(made.Name));

            made.Open();
            db.Cycles.Add(made);
            await db.SaveChangesAsync();
            return made;
        });

        try
        {
            await factory.WithDbAsync(async db => await build(await db.Cycles.SingleAsync(c => c.Id == cycle.Id), db));
        }
        finally
        {
            // Closed from a context of its own: whatever the build did to its context, no other test may find this
            // cycle open (new proposals and the lists take the open cycle).
            await factory.WithDbAsync(async db =>
            {
                var open = await db.Cycles.SingleAsync(c => c.Id == cycle.Id);
                open.Close();
                await db.SaveChangesAsync();
            });
        }

        return await factory.WithDbAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycle.Id));
    }
}
