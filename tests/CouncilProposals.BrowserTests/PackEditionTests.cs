using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.BrowserTests;

/// <summary>
/// The demo pack's HTML edition, as the council publishes it: no accessibility violation of any impact at desktop
/// width and at 320 CSS pixels (WCAG 1.4.10, the page itself never scrolls sideways), headings that never skip a
/// level, and tables with a caption and a scope on every header cell.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PackEditionTests(BrowserApp app)
{
    [Fact]
    public async Task Edition_AtDesktopAndNarrowWidths_IsAccessibleWithOrderedHeadingsAndCaptionedTables()
    {
        var packId = await app.Factory.WithDbAsync(db => db.CabinetPacks.Where(p => p.Title == DemoPack.Title).Select(p => p.Id).SingleAsync());

        foreach (var width in new[] { 1280, 320 })
        {
            var page = await app.NewPageAsync(DemoUsers.CorporateFinance, width: width);
            await page.GotoAsync($"/cabinet-packs/{packId}/edition");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoPack.Title);
            var axe = await page.RunAxe();
            Assert.True(axe.Violations.Length == 0, $"At {width} px: " + string.Join('\n', axe.Violations.Select(v => $"{v.Impact}: {v.Id} – {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");

            var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))");
            Assert.Equal(1, levels[0]);
            Assert.Single(levels, 1);
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"Heading {i + 1} is an h{levels[i]} after an h{levels[i - 1]}.");
            }

            var tables = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('table')].map(t => (t.caption?.textContent ?? '').trim())");
            Assert.True(tables.Length > 3, "the pack has too few tables");
            Assert.All(tables, caption => Assert.NotEqual(string.Empty, caption));
            var scopes = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('th')].map(th => th.getAttribute('scope') ?? '')");
            Assert.All(scopes, scope => Assert.Contains(scope, (string[])["col", "row", "rowgroup"]));
            Assert.Contains("row", scopes);
            await page.Context.CloseAsync();
        }
    }
}
