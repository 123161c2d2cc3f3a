namespace CouncilProposals.Web.Tests.Features.CabinetPacks;

[Collection(WebCollection.Name)]
public sealed class CabinetPackPagesTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Create_WithDetails_TakesYouToChooseProposals()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Budget 2021-22: new savings proposals",
            ["Day"] = "17",
            ["Month"] = "2",
            ["Year"] = "2021",
        });

        Assert.Contains("Choose proposals", page.Text, StringComparison.Ordinal);
        var pack = await factory.WithDbAsync(db => db.CabinetPacks.AsNoTracking().SingleAsync(p => p.Title == "Budget 2021-22: new savings proposals"));
        Assert.Equal(new DateOnly(2021, 2, 17), pack.MeetingDate);
        Assert.Equal("Cabinet", pack.MeetingName);
        Assert.Equal("Unrestricted", pack.Classification);
    }

    [Fact]
    public async Task Create_WithAnImpossibleDate_ShowsTheErrorAndKeepsWhatWasTyped()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Typed title stays",
            ["Day"] = "31",
            ["Month"] = "2",
            ["Year"] = "2021",
        });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
        Assert.Equal("Enter the meeting date as day, month and year, like 17 2 2021", page.TextOf(".govuk-error-summary__list a[href='#Day']"));
        Assert.Equal("Typed title stays", page.Find("#Title")!.GetAttribute("value"));
        Assert.Equal("31", page.Find("#Day")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pack_ShowsChosenProposalsWithDirectorateSubtotalsAndGrandTotal()
    {
        var first = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").WithSavings(900m, 100m, 20m, 0m).InStatus(ProposalStatus.Approved).BuildAsync(db));
        var second = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").WithSavings(900m, 50m, 0m, 5m).InStatus(ProposalStatus.Approved).BuildAsync(db));
        var draft = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var created = await client.SubmitAsync(await client.GetPageAsync("/cabinet-packs/new"), new Dictionary<string, string>
        {
            ["Title"] = "Pack with subtotals",
            ["Day"] = "1",
            ["Month"] = "3",
            ["Year"] = "2021",
        });
        Assert.Null(created.Find($"#proposal-{draft.Id}"));

        var values = created.FormValues();
        var pack = await client.PostFormAsync(created.FormAction(), values.Append(new("ProposalIds", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(new("ProposalIds", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var subtotal = pack.FindAll("tr.app-totals-row").Select(r => HtmlPage.Fold(r.TextContent)).First(t => t.StartsWith("Total Place", StringComparison.Ordinal));
        Assert.Equal("Total Place (150) (20) (5) (175) -", subtotal);
        var grand = pack.FindAll("tr.app-totals-row").Select(r => HtmlPage.Fold(r.TextContent)).Single(t => t.StartsWith("Total all directorates", StringComparison.Ordinal));
        Assert.Equal("Total all directorates (150) (20) (5) (175) -", grand);
        Assert.Contains("Download public version (PDF)", pack.Text, StringComparison.Ordinal);
        Assert.Contains("Download full version – not for publication (PDF)", pack.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithPaddingToEvenPages_KeepsTheChoice()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");

        await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Padded pack for double-sided printing",
            ["Day"] = "17",
            ["Month"] = "2",
            ["Year"] = "2021",
            ["PadToEvenPages"] = "true",
        });

        var pack = await factory.WithDbAsync(db => db.CabinetPacks.AsNoTracking().SingleAsync(p => p.Title == "Padded pack for double-sided printing"));
        Assert.True(pack.PadToEvenPages);
        var details = await client.GetPageAsync($"/cabinet-packs/{pack.Id}");
        Assert.Contains("Each part padded to an even number of pages", details.Text, StringComparison.Ordinal);
    }
}
