using CouncilProposals.Web.Features.Overview;

namespace CouncilProposals.Web.Tests.Features.Overview;

/// <summary>Corporate Finance sets a cycle's savings targets and weights; every change is kept and listed.</summary>
[Collection(WebCollection.Name)]
public sealed class OverviewTargetsTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task SetTargets_WithBadInput_ShowsEachErrorBesideItsFieldAndInTheSummary_AndKeepsWhatWasTyped()
    {
        var cycle = await TestCycles.WithProposalsAsync(factory, (_, _) => Task.CompletedTask);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Targets[0].Amount"] = "12.5",
            ["Targets[1].Amount"] = "lots",
            ["Targets[2].Amount"] = "3,000",
            ["SubmittedWeight"] = "half",
        });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var first = cycle.FirstSavingsYear;
        Assert.Equal(
            [
                ("#Targets-0-Amount", $"Enter the {first} target as a whole number of £000 up to 9,999,999, like 5,000"),
                ("#Targets-1-Amount", $"Enter the {first.Next()} target as a whole number of £000 up to 9,999,999, like 5,000"),
                ("#SubmittedWeight", "Enter the weight for submitted savings as a whole percentage from 0 to 100, like 50"),
            ],
            page.FindAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList());
        Assert.Contains("whole number of £000", page.TextOf("#Targets-0-Amount-error"), StringComparison.Ordinal);
        Assert.Contains("whole percentage", page.TextOf("#SubmittedWeight-error"), StringComparison.Ordinal);
        Assert.Equal("12.5", page.Find("#Targets-0-Amount")!.GetAttribute("value"));
        Assert.Equal("lots", page.Find("#Targets-1-Amount")!.GetAttribute("value"));
        Assert.Equal("3,000", page.Find("#Targets-2-Amount")!.GetAttribute("value"));
        Assert.Equal("half", page.Find("#SubmittedWeight")!.GetAttribute("value"));
        Assert.StartsWith("Error:", page.TextOf("title"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.SavingsPlans.AnyAsync(p => p.CycleId == cycle.Id)));
    }

    [Fact]
    public async Task SetTargets_WithAWeightBelowAnEarlierStage_ShowsTheRuleBesideThatWeight()
    {
        var cycle = await TestCycles.WithProposalsAsync(factory, (_, _) => Task.CompletedTask);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["DraftWeight"] = "80%", ["Targets[0].Amount"] = "4,000" });

        Assert.Equal("The weight for submitted savings cannot be lower than for draft savings.", page.TextOf(".govuk-error-summary__list a[href='#SubmittedWeight']"));
        Assert.Equal("80%", page.Find("#DraftWeight")!.GetAttribute("value"));
        Assert.Equal("4,000", page.Find("#Targets-0-Amount")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SetTargets_Saved_ShowOnTheOverview_AndEachChangeIsListedWithWhoWhenAndOldToNew()
    {
        var cycle = await TestCycles.WithProposalsAsync(factory, (_, _) => Task.CompletedTask);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var first = cycle.FirstSavingsYear;

        var overview = await client.SubmitAsync(
            await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}"),
            new Dictionary<string, string> { ["Targets[0].Amount"] = "5,000", ["DraftWeight"] = "20" });
        var changed = await client.SubmitAsync(
            await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}"),
            new Dictionary<string, string> { ["Targets[0].Amount"] = "£6,000" });

        Assert.Contains($"The {cycle.Name} targets and weights have been saved.", overview.Text, StringComparison.Ordinal);
        Assert.Contains("draft 20%", overview.Text, StringComparison.Ordinal);
        Assert.Equal("(6,000)", changed.FindAll("main table")[0].QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[0].TextContent.Trim());
        var history = (await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}")).FindAll("[data-plan-history] tbody tr");
        Assert.Equal(2, history.Count);
        Assert.Contains(DemoUsers.CorporateFinance, history[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"Savings target {first} (£000): 5,000 → 6,000", Shown(history[0].QuerySelector("li")!));
        Assert.Equal(
            [$"Savings target {first} (£000): not set → 5,000", "Weight for draft savings: 25% → 20%"],
            history[1].QuerySelectorAll("li").Select(Shown).ToList());
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == OverviewController.PlanEntity && e.EntityId == cycle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).CountAsync());
        Assert.Equal(2, entries);
    }

    [Fact]
    public async Task SetTargets_FromAnOlderCopyOfTheForm_IsRefused_AndKeepsWhatWasTyped()
    {
        var cycle = await TestCycles.WithProposalsAsync(factory, (_, _) => Task.CompletedTask);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var older = await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}");
        await client.SubmitAsync(await client.GetPageAsync($"/overview/targets?cycleId={cycle.Id}"), new Dictionary<string, string> { ["Targets[0].Amount"] = "1,000" });

        var page = await client.SubmitAsync(older, new Dictionary<string, string> { ["Targets[0].Amount"] = "2,000" });

        Assert.Contains("Someone else changed the targets", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal("2,000", page.Find("#Targets-0-Amount")!.GetAttribute("value"));
        var saved = await factory.WithDbAsync(db => db.SavingsPlans.AsNoTracking().Include(p => p.Targets).SingleAsync(p => p.CycleId == cycle.Id));
        Assert.Equal(1000m, saved.TargetFor(cycle.FirstSavingsYear)!.Value.Thousands);
    }

    [Fact]
    public async Task SetTargets_ForADirector_IsRefused()
    {
        var client = await factory.CreateClientForAsync("director.hac@council.example", followRedirects: false);

        var response = await client.GetAsync(new Uri("/overview/targets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>An element's text as the page shows it, without the words only screen readers hear.</summary>
    private static string Shown(AngleSharp.Dom.IElement element)
    {
        var copy = (AngleSharp.Dom.IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".govuk-visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return HtmlPage.Fold(copy.TextContent);
    }
}
