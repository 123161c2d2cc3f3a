using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Account;
using CouncilProposals.Web.Features.Administration;
using CouncilProposals.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>Signing in and out, lock-out, cookies, security headers, data protection keys, the identity provider and create-admin.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInAndSettingsTests(CouncilProposalsFactory factory)
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    [InlineData("/error/404")]
    public async Task PublicAddress_AnswersWithoutSigningIn(string path)
    {
        var response = await factory.CreateClient(followRedirects: false).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(path == "/error/404" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/proposals")]
    [InlineData("/cabinet-packs")]
    [InlineData("/admin/users")]
    public async Task Page_WhenNotSignedIn_RedirectsToSignInWithReturnUrl(string path)
    {
        var response = await factory.CreateClient(followRedirects: false).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_WithDemoAccount_ShowsWhoIsSignedInAndSignOutEndsIt()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("GOV"));

        var home = await client.GetPageAsync("/");
        Assert.Equal("Signed in as officer.gov@council.example", home.TextOf("[data-signed-in-as]"));

        var signedOut = await client.SubmitAsync(home, formSelector: "form[action='/sign-out']");
        Assert.Contains("You have signed out", signedOut.Text, StringComparison.Ordinal);
        Assert.EndsWith("/sign-in?returnUrl=%2Fproposals", (await client.GetPageAsync("/proposals")).Response.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_SaysSoWithoutSayingWhichWasWrong()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/sign-in");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = DemoData.Officer("GOV"), ["Password"] = "not the password" }, "form[action='/sign-in']");

        Assert.Contains("Enter a correct email address and password", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.Find("#Password")!.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        var email = $"lockout.{Guid.NewGuid():N}@council.example";
        await CreateAccountAsync(email, Roles.FinanceOfficer);
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password " + i }, "form[action='/sign-in']");
        }

        var page = await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoUsers.Password }, "form[action='/sign-in']");

        Assert.Contains("your account may be locked: ask an administrator to unlock it", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Find("[data-signed-in-as]"));
    }

    [Fact]
    public async Task SignIn_SetsAnHttpOnlySameSiteLaxCookieThatSlides()
    {
        var client = factory.CreateClient(followRedirects: false);
        var form = await client.GetPageAsync("/sign-in");

        var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>(form.FormValues("form[action='/sign-in']"))
        {
            ["Email"] = DemoData.Officer("GOV"),
            ["Password"] = DemoUsers.Password,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CouncilProposals.SignIn=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal((TimeSpan.FromMinutes(30), true), (options.ExpireTimeSpan, options.SlidingExpiration));
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        foreach (var path in new[] { "/", "/proposals", "/sign-in" })
        {
            var page = await client.GetPageAsync(path);
            Assert.All(page.FindAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), $"Inline script on {path}"));
            Assert.Empty(page.FindAll("[onclick],[onload],[onsubmit],[onchange]"));
        }
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        await factory.CreateClientForAsync(DemoData.Officer("GOV"));

        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await factory.CreateClientForAsync(DemoData.Director("HAC"), followRedirects: false);

        var response = await client.PostAsync(new Uri("/proposals/1/approve", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = Guid.Empty.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpenIdConnect_WhenConfigured_RegistersTheCouncilSchemeAndOffersIt()
    {
        await using var withOidc = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.example/tenant/v2.0");
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", "council-proposals");
            builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "not-a-real-secret");
            builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "council account");
        });

        var scheme = await withOidc.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(CouncilSignIn.Scheme);
        var page = await withOidc.CreateClient().GetPageAsync("/sign-in");

        Assert.NotNull(scheme);
        Assert.Equal("council account", scheme.DisplayName);
        Assert.Contains("Sign in with your council account", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenIdConnect_WhenNotConfigured_IsNotRegistered()
    {
        var scheme = await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(CouncilSignIn.Scheme);

        Assert.Null(scheme);
        Assert.DoesNotContain("Sign in with your", (await factory.CreateClient().GetPageAsync("/sign-in")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_ReadsThePasswordFromStandardInputAndMakesAnAdministrator()
    {
        var email = $"first.admin.{Guid.NewGuid():N}@council.example";
        using var output = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", email, "--password-from-stdin"], new StringReader("a long enough passphrase\n"), output);

        Assert.Equal(0, exit);
        Assert.Contains($"Administrator {email} created.", output.ToString(), StringComparison.Ordinal);
        var isAdmin = await factory.WithDbAsync(async db =>
            await db.Users.Where(u => u.Email == email).Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => ur.RoleId).Join(db.Roles, id => id, r => r.Id, (id, r) => r.Name).SingleAsync());
        Assert.Equal(Roles.Administrator, isAdmin);
    }

    [Fact]
    public async Task CreateAdmin_WithAShortPassword_IsRefused()
    {
        using var output = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "short@council.example", "--password-from-stdin"], new StringReader("short\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains("at least 12 characters", output.ToString(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "short@council.example")));
    }

    private async Task CreateAccountAsync(string email, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Test person", DemoUsers.Password, [role], [1]));
        Assert.True(result.Succeeded);
    }
}
