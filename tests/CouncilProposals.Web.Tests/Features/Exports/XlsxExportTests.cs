using CouncilProposals.Domain.Common;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Exports;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CouncilProposals.Web.Tests.Features.Exports;

/// <summary>The savings tracker as Excel, opened with the Open XML SDK as Excel would read it.</summary>
[Collection(WebCollection.Name)]
public sealed class XlsxExportTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Xlsx_HoldsNumbersUnderAFrozenFilteredHeader_WithSubtotalsEqualToTheList()
    {
        var word = Unique.Word("Ledger");
        await factory.WithDbAsync(async db =>
        {
            await new ProposalBuilder().InDirectorate("HAC").Titled($"{word} care review").WithSavings(1000m, 100m, 50.5m, 0m).BuildAsync(db);
            await new ProposalBuilder().InDirectorate("CHI").Titled($"{word} transport").WithSavings(2000m, 1234.5m, 0m, 7m).BuildAsync(db);
        });
        var years = await OpenCycleYearsAsync();
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var list = ListTotals.Of(await client.GetPageAsync($"/proposals?q={word}"));
        var response = await client.GetAsync(new Uri($"/proposals/export.xlsx?q={word}", UriKind.Relative));
        var sheet = await TrackerSheet.LoadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxTrackerWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^savings-tracker-\d{4}-\d{2}-to-\d{4}-\d{2}-2026-11-02\.xlsx$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(sheet.SchemaErrors);
        Assert.Equal(TrackerColumns.All.Select(c => c.Header), sheet.Rows[0].Select(c => c.Text));
        Assert.All(sheet.Rows[0], c => Assert.True(c.IsInlineString));

        Assert.Equal(PaneStateValues.Frozen, sheet.Pane!.State!.Value);
        Assert.Equal("A2", sheet.Pane.TopLeftCell!.Value);
        Assert.Equal(1d, sheet.Pane.VerticalSplit!.Value);
        var lastProposalRow = 1 + (2 * years.Count);
        Assert.Equal($"A1:L{lastProposalRow}", sheet.AutoFilter);
        Assert.Equal(2 * years.Count, sheet.Proposals.Count);

        var savings = sheet.Proposals.Select(r => TrackerSheet.Cell(r, TrackerColumns.Saving)!).ToList();
        Assert.All(savings, c => Assert.True(c.IsNumber, $"{c.Reference} is not a number"));
        Assert.All(savings, c => Assert.Equal(TrackerStyles.MoneyFormat, c.NumberFormat));
        Assert.Contains(savings, c => c.Number == 1234.5m);
        for (var i = 0; i < years.Count; i++)
        {
            var inYear = sheet.Proposals.Where(r => TrackerSheet.Cell(r, "Year")!.Text == years[i]).Sum(r => TrackerSheet.Cell(r, TrackerColumns.Saving)!.Number);
            Assert.Equal(list[i], inYear);
        }

        var total = TrackerSheet.Cell(sheet.Totals, TrackerColumns.Saving)!;
        Assert.Equal($"SUBTOTAL(109,I2:I{lastProposalRow})", total.Formula);
        Assert.Equal(list[^1], total.Number);
        Assert.Equal(1392m, total.Number);
        Assert.Equal(TrackerStyles.MoneyFormat, total.NumberFormat);
        Assert.Equal($"SUBTOTAL(109,J2:J{lastProposalRow})", TrackerSheet.Cell(sheet.Totals, TrackerColumns.Fte)!.Formula);
    }

    [Fact]
    public async Task Xlsx_ShowsTheCabinetDecisionAsARealDate_AndTheFteOfEachYear()
    {
        var word = Unique.Word("Decided");
        var agreed = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} agreed").InStatus(ProposalStatus.AgreedByCabinet).BuildAsync(db));
        var staffed = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} staffed").WithSavings(500m, 20m, 0m, 0m).BuildAsync(db));
        var years = await OpenCycleYearsAsync();
        await factory.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.Whole().SingleAsync(p => p.Id == staffed.Id);
            proposal.UpdateStaffingImpact(Fte.From(10m), new Dictionary<FinancialYear, Fte> { [FinancialYear.Parse(years[0])] = Fte.From(2.5m) }, proposal.CreatedBy);
            await db.SaveChangesAsync();
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var sheet = await TrackerSheet.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.xlsx?q={word}", UriKind.Relative)));

        var decided = sheet.Proposals.First(r => TrackerSheet.Cell(r, "Reference")!.Text == agreed.Reference);
        Assert.Equal("Agreed", TrackerSheet.Cell(decided, "Cabinet decision")!.Text);
        var date = TrackerSheet.Cell(decided, TrackerColumns.DecisionDate)!;
        Assert.True(date.IsNumber);
        Assert.Equal("44244", date.Text); // 17 February 2021, as Excel counts days.
        Assert.Equal(TrackerStyles.DateFormat, date.NumberFormat);

        var staffing = sheet.Proposals.Where(r => TrackerSheet.Cell(r, "Reference")!.Text == staffed.Reference)
            .Select(r => TrackerSheet.Cell(r, TrackerColumns.Fte)!).ToList();
        Assert.All(staffing, c => Assert.True(c.IsNumber));
        Assert.Equal([2.5m, 0m, 0m], staffing.Select(c => c.Number).Take(3));
        Assert.Null(TrackerSheet.Cell(sheet.Proposals.First(r => TrackerSheet.Cell(r, "Reference")!.Text == staffed.Reference), "Cabinet decision"));
        Assert.Equal(2.5m, TrackerSheet.Cell(sheet.Totals, TrackerColumns.Fte)!.Number);
    }

    [Fact]
    public async Task Xlsx_KeepsHostileTitlesAsInertText()
    {
        var (word, titles) = await HostileTitles.AddAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var sheet = await TrackerSheet.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.xlsx?q={word}", UriKind.Relative)));

        var cells = sheet.Proposals.Select(r => TrackerSheet.Cell(r, "Title")!).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), cells.Select(c => c.Text).Distinct().Order(StringComparer.Ordinal));
        Assert.All(cells, c => Assert.True(c.IsInlineString && c.Formula is null, $"{c.Reference} could run as a formula"));
    }

    private Task<List<string>> OpenCycleYearsAsync() =>
        factory.WithDbAsync(async db => (await db.Cycles.SingleAsync(c => c.IsOpen)).SavingsYears.Select(y => y.ToString()).ToList());
}
