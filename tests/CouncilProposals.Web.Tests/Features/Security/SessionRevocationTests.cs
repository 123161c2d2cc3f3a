using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>A sign-in cookie stops working the moment its sign-in ends, even in someone else's hands.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionRevocationTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task CopiedCookie_AfterSigningOut_NoLongerReachesProposals()
    {
        var email = await CreateOfficerAsync();
        var (browser, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(cookie));

        var signedOut = await browser.SubmitAsync(await browser.GetPageAsync("/"), formSelector: "form[action='/sign-out']");

        Assert.Contains("You have signed out", signedOut.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(cookie));
    }

    [Fact]
    public async Task CopiedCookie_AfterAnAdministratorLocksTheAccount_NoLongerReachesProposals()
    {
        var email = await CreateOfficerAsync();
        var (_, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(cookie));
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);

        var locked = await HtmlPage.LoadAsync(await admin.PostWithTokenAsync($"/admin/users/{userId}/lock", new Dictionary<string, string>()));

        Assert.Contains($"{email} locked", locked.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(cookie));
    }

    private async Task<string> CreateOfficerAsync()
    {
        var email = $"session.{Unique.Word()}.{Guid.NewGuid():N}@council.example".ToLowerInvariant();
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Session Test", DemoUsers.Password, [Roles.FinanceOfficer], [1]));
        Assert.True(result.Succeeded);
        return email;
    }

    /// <summary>Signs in through the form in a client whose cookies the test can read.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        var jar = new CookieContainer();
        var browser = factory.CreateDefaultClient(CouncilProposalsFactory.Https, new RedirectHandler(), new CookieContainerHandler(jar));
        var home = await browser.SubmitAsync(await browser.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoUsers.Password }, "form[action='/sign-in']");
        Assert.Contains($"Signed in as {email}", home.Text, StringComparison.Ordinal);
        return (browser, jar.GetCookies(browser.BaseAddress!)["CouncilProposals.SignIn"]!.Value);
    }

    /// <summary>What /proposals answers to someone holding only a copy of the sign-in cookie.</summary>
    private async Task<HttpStatusCode> StatusWithCookieAsync(string cookie)
    {
        using var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = CouncilProposalsFactory.Https });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/proposals", UriKind.Relative));
        request.Headers.Add("Cookie", $"CouncilProposals.SignIn={cookie}");
        return (await copy.SendAsync(request)).StatusCode;
    }
}
