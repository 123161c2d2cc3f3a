using CouncilProposals.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.BrowserTests;

/// <summary>An administrator moves a user to another directorate and that user's lists change at their next request.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectorateMoveTests(BrowserApp app)
{
    [Fact]
    public async Task MoveToAnotherDirectorate_ChangesTheUsersListAtTheirNextRequest()
    {
        var email = $"mover.{Unique.Word()}@council.example";
        var word = Unique.Word();
        var inFirst = "Library hours " + word;
        var inSecond = "Parking permits " + word;
        await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Titled(inFirst).BuildAsync(db));
        await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled(inSecond).BuildAsync(db));
        var first = await app.Factory.WithDbAsync(db => db.Directorates.SingleAsync(d => d.Code == "HAC"));
        var second = await app.Factory.WithDbAsync(db => db.Directorates.SingleAsync(d => d.Code == "GOV"));
        using (var scope = app.Factory.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Moving Officer", DemoUsers.Password, ["Finance Officer"], [first.Id]));
            Assert.True(created.Succeeded);
        }

        var officer = await app.NewPageAsync(email);
        await officer.GotoAsync($"/proposals?q={word}");
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync(inFirst);
        await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync(inSecond);

        var admin = await app.NewPageAsync(DemoUsers.Admin);
        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Change {email}" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(admin);
        await admin.GetByLabel(first.Name, new() { Exact = true }).UncheckAsync();
        await admin.GetByLabel(second.Name, new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(admin.GetByText($"Changes saved for {email}")).ToBeVisibleAsync();

        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync(inSecond);
        await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync(inFirst);
    }
}
