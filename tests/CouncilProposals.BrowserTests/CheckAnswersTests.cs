namespace CouncilProposals.BrowserTests;

/// <summary>A Change link on Check your answers opens the section at the field and saving returns to Check your answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckAnswersTests(BrowserApp app)
{
    [Fact]
    public async Task ChangeLink_OnCheckYourAnswers_OpensTheFieldAndSavingReturnsThere()
    {
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled("Parks lighting " + Unique.Word()).Complete().BuildAsync(db));
        var officer = await app.NewPageAsync(DemoData.Officer("RES"));
        await officer.GotoAsync($"/proposals/{proposal.Id}/check");
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Change total savings/income" })).ToHaveCountAsync(0);

        await officer.GetByRole(AriaRole.Link, new() { Name = "Change lead officer and post" }).ClickAsync();

        Assert.EndsWith($"/proposals/{proposal.Id}/edit/details?returnTo=check#LeadOfficerAndPost", officer.Url, StringComparison.Ordinal);
        await Assertions.Expect(officer.Locator("#LeadOfficerAndPost")).ToBeInViewportAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Back to check your answers" })).ToBeVisibleAsync();
        await officer.Locator("#LeadOfficerAndPost").FillAsync("Jo Bloggs, Head of Parks");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and return to check your answers" }).ClickAsync();

        Assert.EndsWith($"/proposals/{proposal.Id}/check#check-details", officer.Url, StringComparison.Ordinal);
        await Assertions.Expect(officer.Locator("#check-details + dl")).ToContainTextAsync("Jo Bloggs, Head of Parks");
        await BrowserApp.AssertAccessibleAsync(officer);
    }
}
