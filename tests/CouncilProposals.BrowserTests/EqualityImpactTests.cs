using Deque.AxeCore.Playwright;

namespace CouncilProposals.BrowserTests;

/// <summary>The cumulative equality impact page in a real browser: reached from the overview, accessible, and reflowing at 320 pixels.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EqualityImpactTests(BrowserApp app)
{
    [Fact]
    public async Task EqualityImpact_FromTheOverview_IsAccessible_AndReflowsAt320Pixels()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await app.NewPageAsync(DemoUsers.CorporateFinance, width: width);
            await page.GotoAsync("/overview");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cumulative equality impact of MTFS") }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cumulative equality impact");
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Proposals whose Yes answers name each protected characteristic, across all trigger questions" })).ToHaveCountAsync(1);
            var result = await page.RunAxe();
            Assert.True(
                result.Violations.Length == 0,
                $"Accessibility violations at {width} px on {page.Url}:\n" + string.Join('\n', result.Violations.Select(v => $"{v.Impact}: {v.Id} – {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
            await page.Context.CloseAsync();
        }
    }
}
