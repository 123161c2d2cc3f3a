using CouncilProposals.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.BrowserTests;

/// <summary>
/// An administrator sends a password reset link after confirming; the person opens it from the pickup-folder
/// e-mail and sets a new password. Every page on the way passes axe, the reset form also in its error state at 320 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountAdministrationTests(BrowserApp app)
{
    [Fact]
    public async Task ResetLink_FromTheAdministratorToANewPassword_IsAccessibleThroughout()
    {
        var email = $"reset.{Unique.Word()}@council.example";
        using (var scope = app.Factory.Services.CreateScope())
        {
            var directorate = await app.Factory.WithDbAsync(db => db.Directorates.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Reset Person", "a first long passphrase", ["Finance Officer"], [directorate]));
            Assert.True(created.Succeeded);
        }

        var admin = await app.NewPageAsync(DemoUsers.Admin);
        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Change {email}" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Deactivate the account" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync($"Deactivate {email}?");
        await BrowserApp.AssertAccessibleAsync(admin);
        await admin.GoBackAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Send a password reset link" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send link" }).ClickAsync();
        await Assertions.Expect(admin.GetByText($"Password reset link sent to {email}")).ToBeVisibleAsync();

        var message = await app.Factory.Mail.WaitForAsync(email, "Set a new password");
        var link = (message.TextBody ?? string.Empty).Split('\n').Select(line => line.Trim()).Single(line => line.Contains("/account/reset-password?", StringComparison.Ordinal));
        var person = await app.NewPageAsync(320, 800);
        await person.GotoAsync(new Uri(app.BaseAddress, new Uri(link).PathAndQuery).ToString());
        await Assertions.Expect(person.Locator("h1")).ToHaveTextAsync("Set a new password");
        await BrowserApp.AssertAccessibleAsync(person);
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync("short");
        await person.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(person.Locator(".govuk-error-summary")).ToContainTextAsync("Password must be 12 characters or more");
        await BrowserApp.AssertAccessibleAsync(person);
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync("a second long passphrase");
        await person.GetByLabel("Enter the new password again").FillAsync("a second long passphrase");
        await person.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(person.GetByText("Your new password is set: sign in with it")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(person);
    }
}
