using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.BrowserTests;

/// <summary>WCAG 1.4.10 reflow: at 320 CSS pixels the lists fit the screen, with no sideways scrolling of the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserApp app)
{
    private const int Narrow = 320;

    [Fact]
    public async Task ProposalsListAndUsers_At320Pixels_ReflowAndAreAccessible()
    {
        foreach (var (user, url) in new[] { (DemoUsers.CorporateFinance, "/proposals"), (DemoData.Officer("RES"), "/proposals"), (DemoUsers.Admin, "/admin/users") })
        {
            var page = await app.NewPageAsync(user, width: Narrow);
            await page.GotoAsync(url);

            await AssertNoSidewaysScrollAsync(page);
            await BrowserApp.AssertAccessibleAsync(page);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Home_At320Pixels_ReflowsAndIsAccessibleForEveryRoleWithLists()
    {
        foreach (var user in new[] { DemoUsers.CorporateFinance, DemoData.Director("RES"), DemoData.Officer("RES") })
        {
            var page = await app.NewPageAsync(user, width: Narrow);
            await page.GotoAsync("/");

            await AssertNoSidewaysScrollAsync(page);
            await BrowserApp.AssertAccessibleAsync(page);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task PackChooser_At320Pixels_ReflowsAndIsAccessible()
    {
        var packId = await app.Factory.WithDbAsync(db => db.CabinetPacks.Where(p => p.Title == DemoPack.Title).Select(p => p.Id).SingleAsync());
        var page = await app.NewPageAsync(DemoUsers.CorporateFinance, width: Narrow);

        await page.GotoAsync($"/cabinet-packs/{packId}/proposals");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Choose proposals");
        await AssertNoSidewaysScrollAsync(page);
        await BrowserApp.AssertAccessibleAsync(page);

        // Ticking or clearing a box shows the pack's new count at once, before it is saved.
        var count = page.Locator("[data-running-count]");
        var saved = int.Parse((await count.TextContentAsync())!.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var box = page.Locator("form[data-pack-chooser] input[type=checkbox]").First;
        var wasChosen = await box.IsCheckedAsync();
        await box.SetCheckedAsync(!wasChosen);
        await Assertions.Expect(count).ToHaveTextAsync((saved + (wasChosen ? -1 : 1)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-running-note]")).ToBeVisibleAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px window.");
    }
}
