using System.Text.Json;
using CouncilProposals.Domain.Common;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Data;

[Collection(WebCollection.Name)]
public sealed class PersistenceTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Create_WhenManyOfficersCreateAtOnce_EveryReferenceIsDifferent()
    {
        const int count = 12;
        var cycleId = await factory.WithDbAsync(db => db.Cycles.Where(c => c.IsOpen).Select(c => c.Id).SingleAsync());
        var directorateId = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "GOV").Select(d => d.Id).SingleAsync());

        var references = await Task.WhenAll(Enumerable.Range(1, count).Select(i => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var creator = scope.ServiceProvider.GetRequiredService<ProposalCreator>();
            var proposal = await creator.CreateAsync(cycleId, directorateId, $"Concurrent proposal {i}", "officer.gov@council.example");
            return proposal.Reference;
        })));

        Assert.Equal(count, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches(@"^SAV / GOV \d{3,} / 21-22$", r));
    }

    [Fact]
    public async Task Save_WhenCopyIsStale_IsRefusedNotOverwritten()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));

        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await firstDb.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == proposal.Id);
        var theirs = await secondDb.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == proposal.Id);

        theirs.UpdateResources("Their change", "someone.else@council.example");
        await secondDb.SaveChangesAsync();
        mine.UpdateResources("My change", "officer.res@council.example");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => firstDb.SaveChangesAsync());
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == proposal.Id).Select(p => p.ResourcesAndImplementation).SingleAsync());
        Assert.Equal("Their change", saved);
    }

    [Fact]
    public async Task Save_RecordsWhoChangedWhatFromWhatToWhat_AtTheClockTime()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var at = factory.Time.GetUtcNow();

        await factory.WithDbAsync(async db =>
        {
            var loaded = await db.Proposals.Include(p => p.Cycle).Include(p => p.SavingsLines).SingleAsync(p => p.Id == proposal.Id);
            loaded.UpdateFinancialImpact(
                Money.FromThousands(1000m),
                [new SavingsLineInput(loaded.Cycle.FirstSavingsYear, Money.FromThousands(120m), SavingsKind.Saving)],
                "officer.res@council.example");
            await db.SaveChangesAsync();
        });

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ProposalId == proposal.Id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal("Created", entries[0].Action);
        var edit = entries[^1];
        Assert.Equal("Edited", edit.Action);
        Assert.Equal(at, edit.At);
        var changes = JsonSerializer.Deserialize<List<AuditChange>>(edit.Changes)!;
        var lines = Assert.Single(changes);
        Assert.Equal("MTFS savings lines (£000)", lines.Field);
        Assert.Equal("2021-22 saving 100; 2022-23 saving 50", lines.Old);
        Assert.Equal("2021-22 saving 120", lines.New);
    }

    [Fact]
    public async Task Database_UsesWriteAheadLog()
    {
        var mode = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string)(await command.ExecuteScalarAsync())!;
        });

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task Save_OfTwentyPeopleAtOnce_NeverFindsTheDatabaseLocked()
    {
        var ids = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db))).Id);
        }

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == id);
            proposal.UpdateResources($"Saved at once {id}", "officer.res@council.example");
            await db.SaveChangesAsync();
        })));

        var saved = await factory.WithDbAsync(db => db.Proposals.CountAsync(p => p.ResourcesAndImplementation!.StartsWith("Saved at once")));
        Assert.Equal(20, saved);
    }
}
