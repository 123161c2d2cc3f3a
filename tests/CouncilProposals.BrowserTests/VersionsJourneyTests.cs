using System.Text.RegularExpressions;

namespace CouncilProposals.BrowserTests;

/// <summary>
/// A director returns a proposal; the officer changes one savings amount and one word of the summary and submits it
/// again; the director sees exactly those changes, on the proposal page and the comparison of versions, at full
/// width and at 320 pixels, and axe finds nothing on either.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class VersionsJourneyTests(BrowserApp app)
{
    private static readonly string Title = "Community hubs review " + Unique.Word();

    [Fact]
    public async Task Resubmitted_AfterOneAmountAndOneWordChange_ShowsTheDirectorExactlyThose()
    {
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Titled(Title).Complete().BuildAsync(db));
        var officer = await app.NewPageAsync(DemoData.Officer("HAC"));
        var director = await app.NewPageAsync(DemoData.Director("HAC"));

        await SubmitAsync(officer, proposal.Id);
        await director.GotoAsync($"/proposals/{proposal.Id}/return");
        await director.GetByLabel("Reasons for returning it").FillAsync("The contract value looks out of date.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Return proposal" }).ClickAsync();
        await Assertions.Expect(director.GetByText("Proposal returned to the officer")).ToBeVisibleAsync();

        await officer.GotoAsync($"/proposals/{proposal.Id}/edit/financial-impact");
        var secondYear = officer.Locator("label").Filter(new() { HasTextRegex = SavingsLabel() }).Nth(1);
        var amountField = HtmlPage.Fold(await secondYear.InnerTextAsync());
        var amount = officer.GetByLabel(amountField, new() { Exact = true });
        var before = (await amount.InputValueAsync()).Trim('(', ')');
        Assert.NotEqual("450", before);
        await amount.FillAsync("450");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();
        await officer.GotoAsync($"/proposals/{proposal.Id}/edit/summary");
        var summary = officer.GetByLabel("Proposal Summary", new() { Exact = true });
        var text = await summary.InputValueAsync();
        Assert.Contains("750k", text, StringComparison.Ordinal);
        await summary.FillAsync(text.Replace("750k", "800k", StringComparison.Ordinal));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();
        await SubmitAsync(officer, proposal.Id);

        await director.GotoAsync($"/proposals/{proposal.Id}");
        var changed = director.Locator(".app-what-changed");
        await Assertions.Expect(changed.GetByRole(AriaRole.Heading, new() { Name = "What changed since you returned it" })).ToBeVisibleAsync();
        Assert.Equal([amountField, "Proposal Summary"], (await changed.Locator(".govuk-summary-list__key").AllInnerTextsAsync()).Select(t => t.Trim()));
        await Assertions.Expect(changed.Locator(".govuk-summary-list__value").First).ToContainTextAsync(new Regex($@"changed from {Regex.Escape(before)}\s*→\s*to 450"));
        Assert.Equal(["removed: 750k"], (await changed.Locator("del").AllTextContentsAsync()).Select(HtmlPage.Fold));
        Assert.Equal(["added: 800k"], (await changed.Locator("ins").AllTextContentsAsync()).Select(HtmlPage.Fold));
        await BrowserApp.AssertAccessibleAsync(director);

        await changed.GetByRole(AriaRole.Link, new() { Name = "See every version of this proposal" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(director);
        await director.GetByLabel("From version").SelectOptionAsync("2");
        await director.GetByLabel("To version").SelectOptionAsync("3");
        await director.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Version 2 compared with version 3");
        Assert.Equal([amountField, "Proposal Summary"], (await director.Locator(".app-changes .govuk-summary-list__key").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(["removed: 750k"], (await director.Locator("del").AllTextContentsAsync()).Select(HtmlPage.Fold));
        await BrowserApp.AssertAccessibleAsync(director);

        var narrow = await app.NewPageAsync(DemoData.Director("HAC"), width: 320);
        // The approve page shows the same block without the whole proposal, whose wide figure tables axe checks elsewhere.
        foreach (var url in new[] { $"/proposals/{proposal.Id}/approve", $"/proposals/{proposal.Id}/versions/compare?from=2&to=3" })
        {
            await narrow.GotoAsync(url);
            await Assertions.Expect(narrow.Locator("del").First).ToBeVisibleAsync();
            var widths = await narrow.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide in a {widths[1]} px window.");
            await BrowserApp.AssertAccessibleAsync(narrow);
        }
    }

    private static async Task SubmitAsync(IPage officer, int id)
    {
        await officer.GotoAsync($"/proposals/{id}/check");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Proposal submitted for approval")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^\s*Savings \d{4}-\d{2} \(£000\)")]
    private static partial Regex SavingsLabel();
}
