using Deque.AxeCore.Playwright;

namespace CouncilProposals.BrowserTests;

/// <summary>The savings overview and its targets form in a real browser: accessible, the chart described in words, and reflowing at 320 pixels.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(BrowserApp app)
{
    [Fact]
    public async Task Overview_IsAccessible_ItsChartHasATextAlternative_AndItReflowsAt320Pixels()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await app.NewPageAsync(DemoUsers.CorporateFinance, width: width);
            await page.GotoAsync("/overview");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Savings overview");
            var chart = page.GetByRole(AriaRole.Img, new() { Name = "Chart: savings and income by stage against the savings target" });
            await Assertions.Expect(chart).ToHaveCountAsync(1);
            await Assertions.Expect(chart).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("2021-22: Draft [0-9,.]+, Submitted [0-9,.]+, .*total [0-9,.]+; target "));
            await AssertNoViolationsAsync(page);
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            var wide = await page.EvaluateAsync<string>("[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.app-table-wrapper')).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60)).join(' | ')");
            Assert.True(widths[0] <= widths[1], $"The overview is {widths[0]} px wide in a {widths[1]} px window: {wide}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TargetsForm_WithErrors_IsAccessible()
    {
        var page = await app.NewPageAsync(DemoUsers.CorporateFinance);
        await page.GotoAsync("/overview");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set the targets and weights" }).ClickAsync();

        await page.GetByLabel("2021-22 target").FillAsync("12.5");
        await page.GetByLabel("Submitted savings").FillAsync("half");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save targets and weights" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the 2021-22 target as a whole number of £000");
        await Assertions.Expect(page.GetByLabel("2021-22 target")).ToHaveValueAsync("12.5");
        await AssertNoViolationsAsync(page);
    }

    /// <summary>Not only the serious ones: axe finds nothing at all on these pages.</summary>
    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(
            result.Violations.Length == 0,
            $"Accessibility violations on {page.Url}:\n" + string.Join('\n', result.Violations.Select(v => $"{v.Impact}: {v.Id} – {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }
}
