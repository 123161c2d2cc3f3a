using System.Text.Json;

namespace CouncilProposals.BrowserTests;

/// <summary>The live total on the Financial impact page reads amounts exactly as the server does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveTotalTests(BrowserApp app)
{
    [Fact]
    public async Task LiveTotal_ReadsEveryAmountExampleAsTheServerStoresIt()
    {
        var page = await OpenFinancialImpactAsync();
        using var table = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "number-examples.json")));
        var rows = table.RootElement.GetProperty("amounts").EnumerateArray().ToList();
        var texts = rows.Select(r => r.GetProperty("text").GetString()!).ToArray();

        var read = await page.EvaluateAsync<JsonElement>(
            "async texts => { const { parseAmount } = await import('/js/financial-totals.js'); return texts.map(parseAmount); }", texts);

        var disagreements = rows.Zip(read.EnumerateArray()).Where(pair =>
        {
            var (row, got) = pair;
            var refused = row.TryGetProperty("refused", out var r) && r.GetBoolean();
            var stored = row.TryGetProperty("stored", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDecimal() : 0m;
            return refused ? got.ValueKind != JsonValueKind.Null : got.ValueKind != JsonValueKind.Number || got.GetDecimal() != stored;
        }).Select(pair => $"\"{pair.First.GetProperty("text").GetString()}\" read as {pair.Second}").ToList();
        Assert.True(disagreements.Count == 0, "The live total and the server disagree:\n" + string.Join('\n', disagreements));
    }

    [Fact]
    public async Task LiveTotal_WhenALineCannotBeRead_SaysSoInsteadOfLeavingItOut()
    {
        var page = await OpenFinancialImpactAsync();

        await page.GetByLabel("Savings 2021-22 (£000)").FillAsync("1,234.50");
        await page.GetByLabel("Savings 2022-23 (£000)").FillAsync("0.5");
        await Assertions.Expect(page.Locator("[data-total-all]")).ToHaveTextAsync("(1,235)");
        await page.GetByLabel("Savings 2022-23 (£000)").FillAsync("1,5");

        await Assertions.Expect(page.Locator("[data-total-all]")).ToHaveTextAsync("Check the amounts");
        await Assertions.Expect(page.Locator("[data-total-year='2021']")).ToHaveTextAsync("(1,234.5)");
        await Assertions.Expect(page.Locator("[data-total-year='2022']")).ToHaveTextAsync("Check the amounts");
    }

    private async Task<IPage> OpenFinancialImpactAsync()
    {
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").BuildAsync(db));
        var page = await app.NewPageAsync(DemoData.Officer("GOV"));
        await page.GotoAsync($"/proposals/{proposal.Id}/edit/financial-impact");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Financial impact");
        return page;
    }
}
