using CouncilProposals.Web.Features.Exports;

namespace CouncilProposals.Web.Tests.Features.Exports;

/// <summary>The savings tracker as CSV, read as text the way Excel and other tools would.</summary>
[Collection(WebCollection.Name)]
public sealed class CsvExportTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Csv_IsUtf8WithBomCrlfAndInvariantNumbers_WithTotalsEqualToTheList()
    {
        var word = Unique.Word("Ledger");
        await factory.WithDbAsync(async db =>
        {
            await new ProposalBuilder().InDirectorate("HAC").Titled($"{word} care, review").WithSavings(5000m, 1234.5m, 10m, 0m).BuildAsync(db);
            await new ProposalBuilder().InDirectorate("PLA").Titled($"{word} \"parking\"").WithSavings(800m, 0.5m, 0m, 2m).BuildAsync(db);
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var list = ListTotals.Of(await client.GetPageAsync($"/proposals?q={word}"));
        var response = await client.GetAsync(new Uri($"/proposals/export.csv?q={word}", UriKind.Relative));
        var csv = await TrackerCsv.LoadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Matches(@"^savings-tracker-\d{4}-\d{2}-to-\d{4}-\d{2}-2026-11-02\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes.Take(3));
        Assert.EndsWith("\r\n", csv.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', csv.Text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(TrackerColumns.All.Select(c => c.Header), csv.Header);

        var savings = csv.Proposals.Select(r => csv.Field(r, TrackerColumns.Saving)).ToList();
        Assert.Contains("1234.5", savings);
        Assert.Contains("0.5", savings);
        Assert.Equal(list[^1], savings.Sum(s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"\"{word} care, review\"", csv.Text, StringComparison.Ordinal);
        Assert.Contains($"{word} \"parking\"", csv.Proposals.Select(r => csv.Field(r, "Title")));
    }

    [Fact]
    public async Task Csv_NeutralisesHostileTitles_ButNotTheNumbers()
    {
        var (word, titles) = await HostileTitles.AddAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var csv = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q={word}", UriKind.Relative)));

        Assert.Equal(titles.Select(t => "'" + t).Order(StringComparer.Ordinal), csv.Proposals.Select(r => csv.Field(r, "Title")).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains($"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") {word}\"", csv.Text, StringComparison.Ordinal);
        Assert.All(csv.Proposals, r => Assert.Matches(@"^\d+(\.\d+)?$", csv.Field(r, TrackerColumns.Saving)));
    }

    [Fact]
    public async Task Csv_SearchedByTheStartOfAWord_HoldsWhatTheListShows()
    {
        var word = Unique.Word();
        var title = $"{word}library opening hours";
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled(title).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var byStart = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q={word}lib", UriKind.Relative)));
        var byMiddle = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q=brary+{word}", UriKind.Relative)));

        Assert.Contains(title, (await client.GetPageAsync($"/proposals?q={word}lib")).Text, StringComparison.Ordinal);
        Assert.Equal([title], byStart.Proposals.Select(r => byStart.Field(r, "Title")).Distinct());
        Assert.DoesNotContain(title, (await client.GetPageAsync($"/proposals?q=brary+{word}")).Text, StringComparison.Ordinal);
        Assert.Empty(byMiddle.Proposals);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20 7364 5000", "'+44 20 7364 5000")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("\rReturn", "\"'\rReturn\"")]
    [InlineData("Plain, with comma", "\"Plain, with comma\"")]
    [InlineData("Mid-year = fine", "Mid-year = fine")]
    public void CsvField_NeutralisesTextThatStartsLikeAFormula(string text, string expected) =>
        Assert.Equal(expected, CsvTrackerWriter.Field(text));

    [Fact]
    public void CsvField_KeepsNumbersAndDatesAsTheyAre()
    {
        Assert.Equal("-2.5", CsvTrackerWriter.Field(-2.5m));
        Assert.Equal("1234567.8", CsvTrackerWriter.Field(1_234_567.8m));
        Assert.Equal("2021-02-17", CsvTrackerWriter.Field(new DateOnly(2021, 2, 17)));
        Assert.Equal(string.Empty, CsvTrackerWriter.Field(null));
    }
}
