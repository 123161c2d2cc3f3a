using Microsoft.AspNetCore.Hosting;

namespace CouncilProposals.Web.Tests.Hosting;

/// <summary>The test runner starts several copies of the app in one process; each must start, and a failed start must say why.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task SeveralHosts_StartingTogetherInOneProcess_EachServePages()
    {
        var factories = Enumerable.Range(0, 3).Select(_ => new CouncilProposalsFactory()).ToList();
        try
        {
            var clients = await Task.WhenAll(factories.Select(factory => Task.Run(factory.CreateClient)));

            foreach (var client in clients)
            {
                var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        finally
        {
            foreach (var factory in factories)
            {
                await factory.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Host_WhenAnotherHostInTheProcessStops_KeepsWritingItsOwnLog()
    {
        await using var first = new CouncilProposalsFactory();
        first.CreateClient();
        await using var second = new CouncilProposalsFactory();
        var client = second.CreateClient();
        await first.DisposeAsync();

        await client.GetAsync(new Uri("/health", UriKind.Relative));

        var log = string.Concat(Directory.GetFiles(second.LogFolder).Select(ReadShared));
        Assert.Contains("HTTP GET /health responded 200", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ThatFailsToStart_ShowsItsRealException()
    {
        await using var running = new CouncilProposalsFactory();
        running.CreateClient();
        await using var broken = new UnknownProviderFactory();

        var exception = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("Database:Provider", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("without ever building an IHost", exception.Message, StringComparison.Ordinal);
    }

    private sealed class UnknownProviderFactory : CouncilProposalsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", "Oracle");
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
