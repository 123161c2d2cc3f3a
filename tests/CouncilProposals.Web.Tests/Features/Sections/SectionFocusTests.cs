namespace CouncilProposals.Web.Tests.Features.Sections;

/// <summary>
/// Without JavaScript, "Add another", "Remove" and "Move" show the page again: it opens on the item the action left
/// in front of the officer (autofocus) and says what happened to screen readers, instead of at the top.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SectionFocusTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Risks_AddAnother_FocusesTheNewRisksFirstField()
    {
        var (client, form) = await RisksFormAsync("Focus after adding a risk");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Risks[0].Risk"] = "First", ["Action"] = "add" });

        Assert.Equal("Risks-1-Risk", FocusedId(page));
        Assert.Equal("Risk 2 added", page.TextOf("[role=status]"));
    }

    [Fact]
    public async Task Risks_Remove_FocusesTheRiskThatTookItsPlace_OrThePreviousOne()
    {
        var (client, form) = await RisksFormAsync("Focus after removing a risk");

        var middleRemoved = await client.SubmitAsync(form, ThreeRisks("remove:1"));
        Assert.Equal("Risks-1-Risk", FocusedId(middleRemoved));
        Assert.Equal("Third", middleRemoved.Find("#Risks-1-Risk")!.TextContent);
        Assert.Equal("Risk 2 removed", middleRemoved.TextOf("[role=status]"));

        var lastRemoved = await client.SubmitAsync(middleRemoved, new Dictionary<string, string> { ["Action"] = "remove:1" });
        Assert.Equal("Risks-0-Risk", FocusedId(lastRemoved));
        Assert.Equal("First", lastRemoved.Find("#Risks-0-Risk")!.TextContent);
    }

    [Fact]
    public async Task Risks_Move_FocusesTheMovedRisksSameButton_OrItsOtherOneAtTheEnd()
    {
        var (client, form) = await RisksFormAsync("Focus after moving a risk");

        var downToMiddle = await client.SubmitAsync(form, ThreeRisks("down:0"));
        Assert.Equal("Risks-1-down", FocusedId(downToMiddle));
        Assert.Equal("Risk 1 moved down to risk 2", downToMiddle.TextOf("[role=status]"));

        var downToEnd = await client.SubmitAsync(downToMiddle, new Dictionary<string, string> { ["Action"] = "down:1" });
        Assert.Equal("Risks-2-up", FocusedId(downToEnd));

        var upToTop = await client.SubmitAsync(downToEnd, new Dictionary<string, string> { ["Action"] = "up:1" });
        Assert.Equal("Risks-0-down", FocusedId(upToTop));
    }

    [Fact]
    public async Task Financial_AddAnotherLine_FocusesItsFirstField_AndRemoveTheLineBeforeOrTheAddButton()
    {
        var (client, id) = await DraftAsync("Focus after adding a line");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        // Each year starts with its saving line and its income line: 0 and 1 for 2021-22.
        var one = await client.SubmitAsync(form, new Dictionary<string, string> { ["Action"] = "add:2021" });
        Assert.Equal("Lines-2-Kind", FocusedId(one));
        Assert.Equal("Line added for 2021-22", one.TextOf("[role=status]"));

        var two = await client.SubmitAsync(one, new Dictionary<string, string> { ["Action"] = "add:2021" });
        Assert.Equal("Lines-3-Kind", FocusedId(two));

        var firstRemoved = await client.SubmitAsync(two, new Dictionary<string, string> { ["Action"] = "remove:2" });
        Assert.Equal("Lines-2-Kind", FocusedId(firstRemoved));
        Assert.Equal("Line removed from 2021-22", firstRemoved.TextOf("[role=status]"));

        var lastRemoved = await client.SubmitAsync(firstRemoved, new Dictionary<string, string> { ["Action"] = "remove:2" });
        Assert.Equal("Lines-1-Amount", FocusedId(lastRemoved));
    }

    [Fact]
    public async Task Section_ShownAfterLoading_FocusesNothing()
    {
        var (_, form) = await RisksFormAsync("No focus when opened");

        Assert.Empty(form.FindAll("[autofocus]"));
        Assert.Null(form.Find("[role=status]"));
    }

    private async Task<(HttpClient Client, HtmlPage Form)> RisksFormAsync(string title)
    {
        var (client, id) = await DraftAsync(title);
        return (client, await client.GetPageAsync($"/proposals/{id}/edit/risks"));
    }

    private static Dictionary<string, string> ThreeRisks(string action) => new()
    {
        ["Risks[0].Risk"] = "First",
        ["Risks[1].Risk"] = "Second",
        ["Risks[2].Risk"] = "Third",
        ["Action"] = action,
    };

    /// <summary>The one element the page opens focused on.</summary>
    private static string FocusedId(HtmlPage page) => Assert.Single(page.FindAll("[autofocus]")).Id!;

    /// <summary>A draft of the officer's own, made in the database: creating through the page is rate-limited per officer.</summary>
    private async Task<(HttpClient Client, int Id)> DraftAsync(string title)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled(title).BuildAsync(db));
        return (await factory.CreateClientForAsync(DemoData.Officer("RES")), proposal.Id);
    }
}
