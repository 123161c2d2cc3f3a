using System.Net.Sockets;
using CouncilProposals.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Notifications;

/// <summary>Sending never holds up or fails the person's action, survives a restart, and never sends a message twice.</summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "council-proposals-tests", "outbox-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Submit_WhenTheMailServerIsDown_SucceedsAndKeepsTheMessageWithTheError()
    {
        await using var factory = new CouncilProposalsFactory
        {
            Settings =
            {
                ["Email:PickupFolder"] = string.Empty,
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
            },
        };
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Complete().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var submitted = await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));

        Assert.Equal(HttpStatusCode.OK, submitted.Response.StatusCode);
        Assert.Contains("Proposal submitted for approval", submitted.Text, StringComparison.Ordinal);
        var message = await WaitAsync(factory, async () =>
            await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ProposalId == proposal.Id && m.Attempts > 0)));
        Assert.Null(message.SentAt);
        Assert.Null(message.GaveUpAt);
        Assert.Null(message.LeaseId);
        Assert.False(string.IsNullOrEmpty(message.LastError));
        Assert.True(message.NextAttemptAt > factory.Time.GetUtcNow(), "The next attempt waits");
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Restart_WithUnsentMessages_SendsEachOnceEvenWithTwoSenders()
    {
        var database = $"Data Source={Path.Combine(_folder, "shared.db")}";
        var pickup = Path.Combine(_folder, "mail");
        Dictionary<string, string?> Shared(bool background) => new()
        {
            ["ConnectionStrings:Sqlite"] = database,
            ["Email:PickupFolder"] = pickup,
            ["Email:SendInBackground"] = background ? "true" : "false",
        };
        Directory.CreateDirectory(_folder);

        int queued;
        await using (var before = new CouncilProposalsFactory { Settings = Shared(background: false) })
        {
            var proposal = await before.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").InStatus(ProposalStatus.Submitted).BuildAsync(db));
            var director = await before.CreateClientForAsync(DemoData.Director("CHI"));
            await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/approve"));
            queued = await before.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
            Assert.True(queued >= 2, "The officer and Corporate Finance are to be told");
            Assert.Empty(new PickupMail(pickup).All());
        }

        await using var first = new CouncilProposalsFactory { SeedsDemoData = false, Settings = Shared(background: false) };
        await using var second = new CouncilProposalsFactory { SeedsDemoData = false, Settings = Shared(background: false) };
        var senders = new[] { first.Services.GetRequiredService<OutboxSender>(), second.Services.GetRequiredService<OutboxSender>() };
        await Task.WhenAll(senders.Select(async sender =>
        {
            while (await sender.SendDueAsync(CancellationToken.None) > 0)
            {
                await Task.Yield();
            }
        }));

        var sent = new PickupMail(pickup).All();
        Assert.Equal(queued, sent.Count);
        Assert.Equal(queued, sent.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(0, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));

        await using var again = new CouncilProposalsFactory { SeedsDemoData = false, Settings = Shared(background: true) };
        Assert.Equal(0, await again.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));
        Assert.Equal(queued, new PickupMail(pickup).All().Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<T> WaitAsync<T>(CouncilProposalsFactory factory, Func<Task<T?>> read)
        where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (await read() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Nothing found in {factory.DatabasePath}.");
    }
}
