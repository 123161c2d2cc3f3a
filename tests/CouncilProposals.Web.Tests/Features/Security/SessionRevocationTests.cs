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

    [Fact]
    public async Task ChangeRoles_ByAnAdministrator_EndsTheSessionAndIsAudited()
    {
        var email = await CreateOfficerAsync();
        var (_, cookie) = await SignInAsync(email);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);

        var done = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/users/{userId}/edit"), new Dictionary<string, string> { ["Roles"] = Roles.Director });

        Assert.Contains($"Changes saved for {email}", done.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(cookie));
        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == userId && e.Action == "Changed").SingleAsync());
        Assert.Equal(DemoUsers.Admin, entry.UserName);
        Assert.Contains($"\"Old\":\"{Roles.FinanceOfficer}\",\"New\":\"{Roles.Director}\"", entry.Changes, StringComparison.Ordinal);
        var (browser, _) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(new Uri("/proposals/create", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_ByAnAdministrator_EndsTheSessionAndOnlyTheNewPasswordWorks()
    {
        var email = await CreateOfficerAsync();
        var (_, cookie) = await SignInAsync(email);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        const string newPassword = "A-new-password-for-2027";

        await admin.SubmitAsync(await admin.GetPageAsync($"/admin/users/{userId}/edit"), new Dictionary<string, string> { ["Password"] = newPassword });

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(cookie));
        var client = factory.CreateClient(followRedirects: true);
        var refused = await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoUsers.Password }, "form[action='/sign-in']");
        Assert.DoesNotContain($"Signed in as {email}", refused.Text, StringComparison.Ordinal);
        var signedIn = await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = newPassword }, "form[action='/sign-in']");
        Assert.Contains($"Signed in as {email}", signedIn.Text, StringComparison.Ordinal);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == userId && e.Action == "Changed").SingleAsync());
        Assert.Contains("Password", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(newPassword, entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_RemovingTheAdministratorsOwnRole_ShowsTheErrorAndChangesNothing()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Admin).Select(u => u.Id).SingleAsync());
        var form = await admin.GetPageAsync($"/admin/users/{adminId}/edit");
        var values = form.FormValues("main form[method=post]");
        values.Remove("Roles");
        values["Roles"] = Roles.CorporateFinance;

        var page = await admin.PostFormAsync(form.FormAction("main form[method=post]"), values);

        Assert.Contains("You cannot remove your own Administrator role", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Change_WhenSomeoneElseChangedTheAccountMeanwhile_IsRefusedAndShowsTheirChange()
    {
        var email = await CreateOfficerAsync();
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var first = await factory.CreateClientForAsync(DemoUsers.Admin);
        var second = await factory.CreateClientForAsync(DemoUsers.Admin);
        var stale = await first.GetPageAsync($"/admin/users/{userId}/edit");
        await second.SubmitAsync(await second.GetPageAsync($"/admin/users/{userId}/edit"), new Dictionary<string, string> { ["DisplayName"] = "Changed by the second" });

        var refused = await first.SubmitAsync(stale, new Dictionary<string, string> { ["DisplayName"] = "Changed by the first" });

        Assert.Contains("Someone else changed this account while you were editing it", refused.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal("Changed by the second", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync()));
        Assert.Equal("Changed by the second", refused.Find("#DisplayName")!.GetAttribute("value"));
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
