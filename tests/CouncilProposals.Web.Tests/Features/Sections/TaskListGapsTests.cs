namespace CouncilProposals.Web.Tests.Features.Sections;

/// <summary>The task list says, under each section in progress, what it still lacks.</summary>
[Collection(WebCollection.Name)]
public sealed class TaskListGapsTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task TaskList_WithSectionsInProgress_SaysWhatEachStillLacks()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposal.Id}/edit/risks"), new Dictionary<string, string>
        {
            ["Risks[0].Risk"] = "Fewer volunteers",
            ["Risks[0].Mitigation"] = "Recruit early",
            ["Risks[1].Risk"] = "Late contract",
            ["Risks[1].Mitigation"] = string.Empty,
        });

        var page = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposal.Id}/edit/equality-screening"), new Dictionary<string, string>
        {
            ["Answers[2].Answer"] = "yes",
            ["FullEqualityAnalysisRequired"] = "no",
        });

        var risks = page.FindAll(".govuk-task-list__item").Single(i => i.TextContent.Contains("Risks and mitigations", StringComparison.Ordinal));
        Assert.Equal("Risk 2 has no mitigation.", HtmlPage.Fold(risks.QuerySelector(".govuk-task-list__hint")!.TextContent));
        Assert.Equal("task-5-hint task-5-status", risks.QuerySelector("a")!.GetAttribute("aria-describedby"));
        TextAssert.InOrder(page.Text, ["Equality screening", "Say why a full Equality Analysis is not needed.", "In progress"]);
        Assert.Equal(2, page.FindAll(".govuk-task-list__hint").Count);
    }
}
