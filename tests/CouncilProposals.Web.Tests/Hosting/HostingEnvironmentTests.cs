using Microsoft.AspNetCore.Http;

namespace CouncilProposals.Web.Tests.Hosting;

/// <summary>How the app behaves where councils host it: a staging or live server behind a TLS-terminating proxy.</summary>
public sealed class HostingEnvironmentTests
{
    private const string KnownProxy = "127.0.0.2";
    private const string UnknownProxy = "127.0.0.3";
    private const string PublicHost = "proposals.council.example";

    [Fact]
    public async Task Staging_WithSeedDemoData_FailsStartupSayingDemoDataIsForDevelopmentOnly()
    {
        await using var staging = new CouncilProposalsFactory { EnvironmentName = "Staging", SeedsDemoData = false, Settings = { ["Database:SeedDemoData"] = "true" } };

        var exception = Assert.ThrowsAny<Exception>(() => staging.CreateClient());

        Assert.Contains("Database:SeedDemoData is true in the Staging environment", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("allowed only in Development", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task Staging_DemoAccount_CannotSignIn(string seedDemoData)
    {
        await using var staging = new CouncilProposalsFactory { EnvironmentName = "Staging", SeedsDemoData = false, Settings = { ["Database:SeedDemoData"] = seedDemoData } };

        await Assert.ThrowsAnyAsync<Exception>(() => staging.CreateClientForAsync(DemoUsers.Admin));
    }

    [Fact]
    public async Task BehindKnownProxy_ForwardedHttps_GetsSecureCookiesAndHsts()
    {
        await using var app = ProxiedApp();

        var response = await app.Server.SendAsync(Request("/sign-in", from: KnownProxy, forwardedProto: "https"));

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        Assert.Contains("max-age=", response.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
        var antiforgery = Assert.Single(response.Response.Headers.SetCookie, c => c!.StartsWith("CouncilProposals.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(KnownProxy, "http")]
    [InlineData(UnknownProxy, "https")]
    public async Task Request_PlainHttpOrHttpsClaimedByUnknownProxy_IsRedirectedToHttps(string from, string forwardedProto)
    {
        await using var app = ProxiedApp();

        var response = await app.Server.SendAsync(Request("/sign-in", from, forwardedProto));

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, response.Response.StatusCode);
        Assert.Equal($"https://{PublicHost}/sign-in", response.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task SignIn_OverHttps_SetsSecureSignInCookie()
    {
        await using var app = ProxiedApp();
        var client = app.CreateClient(followRedirects: false);
        var signIn = await client.GetPageAsync("/sign-in");

        var response = await client.PostAsync(
            new Uri("/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>(signIn.FormValues("form[action='/sign-in']")) { ["Email"] = DemoUsers.Admin, ["Password"] = DemoUsers.Password }));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CouncilProposals.SignIn", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static CouncilProposalsFactory ProxiedApp() => new() { EnvironmentName = "Staging", Settings = { ["ForwardedHeaders:KnownProxies:0"] = KnownProxy } };

    private static Action<HttpContext> Request(string path, string from, string forwardedProto) => context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(PublicHost);
        context.Request.Path = path;
        context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        context.Request.Headers["X-Forwarded-For"] = "127.0.0.10";
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
    };
}
