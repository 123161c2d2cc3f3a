using Microsoft.AspNetCore.Hosting;

namespace CouncilProposals.Web.Tests.Features;

[Collection(WebCollection.Name)]
public sealed class HealthTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Health_WhenDatabaseIsReachable_SaysHealthy()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_WhenDatabaseIsUnreachable_Answers503()
    {
        await using var broken = new UnreachableDatabaseFactory();

        var response = await broken.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private sealed class UnreachableDatabaseFactory : CouncilProposalsFactory
    {
        public UnreachableDatabaseFactory() => SeedsDemoData = false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:MigrateOnStartup", "false");

            // A read-only open of a file that does not exist fails, as a lost database server would.
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing.db")};Mode=ReadOnly");
        }
    }
}
