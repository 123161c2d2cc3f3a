namespace CouncilProposals.BrowserTests;

/// <summary>
/// The officer submits; the director's e-mail arrives in the pickup folder and its link opens the proposal for the
/// signed-in director. The e-mail settings page and the administrators' list of sends pass axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationTests(BrowserApp app)
{
    [Fact]
    public async Task Submit_EmailsTheDirector_AndTheLinkOpensTheProposal()
    {
        var title = "Library opening hours " + Unique.Word();
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled(title).Complete().BuildAsync(db));
        var officer = await app.NewPageAsync(DemoData.Officer("RES"));
        await officer.GotoAsync($"/proposals/{proposal.Id}/check");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Proposal submitted for approval")).ToBeVisibleAsync();

        var email = await app.Factory.Mail.WaitForAsync(DemoData.Director("RES"), proposal.Reference);
        var link = (email.TextBody ?? string.Empty).Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith(app.BaseAddress.ToString().TrimEnd('/') + "/proposals/", StringComparison.Ordinal));

        var director = await app.NewPageAsync(DemoData.Director("RES"));
        await director.GotoAsync(link);
        await Assertions.Expect(director.Locator("h1")).ToContainTextAsync(title);
        await Assertions.Expect(director.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EmailSettingsAndSendsPages_AreAccessible()
    {
        var director = await app.NewPageAsync(DemoData.Director("GOV"));
        await director.GetByRole(AriaRole.Link, new() { Name = "E-mail settings" }).ClickAsync();
        await Assertions.Expect(director.Locator("h1")).ToHaveTextAsync("Your e-mail settings");
        await BrowserApp.AssertAccessibleAsync(director);
        await director.GetByLabel("A proposal you worked on is reopened").UncheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Save e-mail settings" }).ClickAsync();
        await Assertions.Expect(director.GetByText("Your e-mail settings have been saved")).ToBeVisibleAsync();
        await Assertions.Expect(director.GetByLabel("A proposal you worked on is reopened")).Not.ToBeCheckedAsync();
        await BrowserApp.AssertAccessibleAsync(director);

        var admin = await app.NewPageAsync(DemoUsers.Admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "E-mails sent" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("E-mails sent");
        await BrowserApp.AssertAccessibleAsync(admin);

        var narrow = await app.NewPageAsync(DemoUsers.Admin);
        await narrow.SetViewportSizeAsync(320, 800);
        await narrow.GotoAsync("/admin/emails");
        await BrowserApp.AssertAccessibleAsync(narrow);
    }
}
