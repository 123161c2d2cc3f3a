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
    public static Task<MtfsCycle> WithProposalsAsync(CouncilProposalsFactory factory, Func<MtfsCycle, AppDbContext, Task> build) =>
        factory.WithDbAsync(async db =>
        {
            var taken = await db.Cycles.Select(c => c.Name).ToListAsync();
            MtfsCycle cycle;
            do
            {
                cycle = new MtfsCycle(new FinancialYear(Random.Shared.Next(2030, 2095)));
            }
            while (taken.Contains(cycle.Name));

            cycle.Open();
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
            try
            {
                await build(cycle, db);
            }
            finally
            {
                cycle.Close();
                await db.SaveChangesAsync();
            }

            return cycle;
        });
}
