using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Account;
using CouncilProposals.Web.Features.Administration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>Deactivating and reactivating accounts, and password reset links sent by an administrator.</summary>
[Collection(WebCollection.Name)]
public sealed class AccountAdministrationTests(CouncilProposalsFactory factory)
{
    private const string Password = "an old but good passphrase";

    [Fact]
    public async Task Deactivate_WhenConfirmed_EndsTheSignInKeepsTheHistoryAndReactivateRestoresIt()
    {
        var email = await CreateOfficerAsync();
        var officer = await SignInAsync(email, Password);
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var edit = await admin.GetPageAsync(await EditLinkAsync(admin, email));

        var confirm = await admin.GetPageAsync(edit.FindAll("a").Single(a => a.TextContent == "Deactivate the account").GetAttribute("href")!);
        Assert.Contains($"Deactivate {email}?", confirm.TextOf("h1"), StringComparison.Ordinal);
        var list = await admin.SubmitAsync(confirm);

        Assert.Contains($"{email} deactivated", list.Text, StringComparison.Ordinal);
        Assert.Contains("Deactivated", RowOf(list, email).TextContent, StringComparison.Ordinal);
        var afterwards = await officer.GetAsync(new Uri("/proposals", UriKind.Relative));
        Assert.Equal("/sign-in", afterwards.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain($"Signed in as {email}", (await SignInPageAfterAsync(email, Password)).Text, StringComparison.Ordinal);
        var history = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Account").Select(a => new { a.EntityId, a.Action, a.UserName }).ToListAsync());
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Contains(history, a => a.EntityId == id && a.Action == "Created");
        Assert.Contains(history, a => a.EntityId == id && a.Action == "Deactivated" && a.UserName == DemoUsers.Admin);

        var reactivate = await admin.GetPageAsync(RowOf(list, email).QuerySelector("a[href$='/reactivate']")!.GetAttribute("href")!);
        var reactivated = await admin.SubmitAsync(reactivate);

        Assert.Contains($"{email} reactivated", reactivated.Text, StringComparison.Ordinal);
        Assert.Contains("Active", RowOf(reactivated, email).TextContent, StringComparison.Ordinal);
        Assert.Contains($"Signed in as {email}", (await SignInPageAfterAsync(email, Password)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_SentByAnAdministrator_SetsANewPasswordOnce()
    {
        var email = await CreateOfficerAsync();
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var edit = await admin.GetPageAsync(await EditLinkAsync(admin, email));
        var confirm = await admin.GetPageAsync(edit.FindAll("a").Single(a => a.TextContent == "Send a password reset link").GetAttribute("href")!);
        Assert.Contains("The link works once and expires after 24 hours", confirm.Text, StringComparison.Ordinal);

        var sent = await admin.SubmitAsync(confirm);

        Assert.Contains($"Password reset link sent to {email}", sent.Text, StringComparison.Ordinal);
        var message = await factory.Mail.WaitForAsync(email, "Set a new password");
        var link = new Uri(message.TextBody!.Split('\n').Select(line => line.Trim()).Single(line => line.Contains("/account/reset-password?", StringComparison.Ordinal)));
        var stranger = factory.CreateClient();
        var form = await stranger.GetPageAsync(link.PathAndQuery);
        Assert.Equal("Set a new password", form.TextOf("h1"));

        var mismatch = await stranger.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "a new long passphrase", ["ConfirmPassword"] = "a different passphrase" });
        Assert.Contains("The passwords do not match: enter the same password twice", mismatch.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Contains("The passwords do not match", mismatch.TextOf("#ConfirmPassword-error"), StringComparison.Ordinal);

        var signIn = await stranger.SubmitAsync(mismatch, new Dictionary<string, string> { ["Password"] = "a new long passphrase", ["ConfirmPassword"] = "a new long passphrase" });
        Assert.Contains("Your new password is set: sign in with it", signIn.Text, StringComparison.Ordinal);
        Assert.Contains($"Signed in as {email}", (await SignInPageAfterAsync(email, "a new long passphrase")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Signed in as {email}", (await SignInPageAfterAsync(email, Password)).Text, StringComparison.Ordinal);

        var again = await factory.CreateClient().GetPageAsync(link.PathAndQuery);
        Assert.Equal("This link does not work", again.TextOf("h1"));
        Assert.Contains(ResetPasswordController.LinkNotValid, again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLinkToken_AfterItsLifespan_IsRefused()
    {
        var email = await CreateOfficerAsync();
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var tokens = new PasswordResetTokens(new EphemeralDataProtectionProvider(), clock);
        var token = await tokens.GenerateAsync("ResetPassword", users, user);

        clock.Advance(PasswordResetLink.Lifespan - TimeSpan.FromMinutes(1));
        Assert.True(await tokens.ValidateAsync("ResetPassword", token, users, user));
        Assert.False(await tokens.ValidateAsync("Other", token, users, user));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await tokens.ValidateAsync("ResetPassword", token, users, user));
    }

    [Theory]
    [InlineData("/account/reset-password")]
    [InlineData("/account/reset-password?user=nobody&token=abc")]
    [InlineData("/account/reset-password?user=%00%27&token=%3Cscript%3E")]
    public async Task ResetLink_WhenMadeUp_SaysItDoesNotWork(string url)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("This link does not work", page.TextOf("h1"));
    }

    [Fact]
    public async Task ResetLink_PostedWithAMadeUpToken_ChangesNothing()
    {
        var email = await CreateOfficerAsync();
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var client = factory.CreateClient();
        var signIn = await client.GetPageAsync("/sign-in");

        var page = await client.PostFormAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = signIn.FormValues("form[action='/sign-in']")["__RequestVerificationToken"],
            ["UserId"] = id,
            ["Token"] = "made-up",
            ["Password"] = "a new long passphrase",
            ["ConfirmPassword"] = "a new long passphrase",
        });

        Assert.Equal("This link does not work", page.TextOf("h1"));
        Assert.Contains($"Signed in as {email}", (await SignInPageAfterAsync(email, Password)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("reactivate")]
    [InlineData("lock")]
    [InlineData("reset-password")]
    public async Task AccountAction_ForAnUnknownAccount_IsNotFound(string action)
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin, followRedirects: false);

        var response = await admin.GetAsync(new Uri($"/admin/users/no-such-user/{action}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reactivate_WhenTheAccountIsActive_ChangesNothingAndSaysSo()
    {
        var email = await CreateOfficerAsync();
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var list = await admin.GetPageAsync($"/admin/users/{id}/reactivate");

        Assert.Contains($"Nothing was changed: {email} is active", list.Text, StringComparison.Ordinal);
    }

    private async Task<string> CreateOfficerAsync()
    {
        var email = $"officer.{Guid.NewGuid():N}@council.example";
        using var scope = factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var directorate = await factory.WithDbAsync(db => db.Directorates.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var created = await accounts.CreateAsync(new NewAccount(email, "Test Officer", Password, ["Finance Officer"], [directorate]));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return email;
    }

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = factory.CreateClient();
        var home = await SignInAsync(client, email, password);
        Assert.Contains($"Signed in as {email}", home.Text, StringComparison.Ordinal);
        return client;
    }

    private async Task<HtmlPage> SignInPageAfterAsync(string email, string password) => await SignInAsync(factory.CreateClient(), email, password);

    private static async Task<HtmlPage> SignInAsync(HttpClient client, string email, string password) =>
        await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "form[action='/sign-in']");

    private static async Task<string> EditLinkAsync(HttpClient admin, string email) =>
        RowOf(await admin.GetPageAsync("/admin/users"), email).QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;

    private static AngleSharp.Dom.IElement RowOf(HtmlPage page, string email) =>
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
}
