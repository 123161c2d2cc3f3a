namespace CouncilProposals.Web.Tests.Features.Exports;

/// <summary>Who may export, and that an export holds what the list shows them with the same filters.</summary>
[Collection(WebCollection.Name)]
public sealed class ExportAccessTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Export_WithADirectorateFilter_HoldsOnlyThatDirectorate()
    {
        var word = Unique.Word("Filtered");
        var hac = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Titled($"{word} one").BuildAsync(db));
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled($"{word} two").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var csv = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q={word}&directorateId={hac.DirectorateId}", UriKind.Relative)));
        var sheet = await TrackerSheet.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.xlsx?q={word}&directorateId={hac.DirectorateId}", UriKind.Relative)));

        Assert.Equal([hac.Reference], csv.Proposals.Select(r => csv.Field(r, "Reference")).Distinct());
        Assert.Equal([hac.Reference], sheet.Proposals.Select(r => TrackerSheet.Cell(r, "Reference")!.Text).Distinct());
    }

    [Fact]
    public async Task Export_WithAStatusFilter_HoldsOnlyThatStatus()
    {
        var word = Unique.Word("Status");
        var submitted = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} sent").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} draft").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var csv = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q={word}&status=Submitted", UriKind.Relative)));

        Assert.Equal([submitted.Reference], csv.Proposals.Select(r => csv.Field(r, "Reference")).Distinct());
        Assert.All(csv.Proposals, r => Assert.Equal("Submitted", csv.Field(r, "Status")));
    }

    [Fact]
    public async Task Export_WithTheOverviewsDraftStage_HoldsDraftAndReturnedProposalsOnly()
    {
        var word = Unique.Word("Stage");
        var draft = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} draft").BuildAsync(db));
        var returned = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} returned").InStatus(ProposalStatus.Returned).BuildAsync(db));
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} sent").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var csv = await TrackerCsv.LoadAsync(await client.GetAsync(new Uri($"/proposals/export.csv?q={word}&stage=draft", UriKind.Relative)));

        Assert.Equal(new[] { draft.Reference, returned.Reference }.Order(), csv.Proposals.Select(r => csv.Field(r, "Reference")).Distinct().Order());
    }

    [Fact]
    public async Task Export_ForAnOfficer_HoldsOnlyTheirDirectorates()
    {
        var word = Unique.Word("Officer");
        var own = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Titled($"{word} own").BuildAsync(db));
        var other = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled($"{word} other").BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("HAC"));

        var sheet = await TrackerSheet.LoadAsync(await officer.GetAsync(new Uri($"/proposals/export.xlsx?q={word}", UriKind.Relative)));
        var asked = await TrackerCsv.LoadAsync(await officer.GetAsync(new Uri($"/proposals/export.csv?q={word}&directorateId={other.DirectorateId}", UriKind.Relative)));

        Assert.Equal([own.Reference], sheet.Proposals.Select(r => TrackerSheet.Cell(r, "Reference")!.Text).Distinct());
        Assert.Empty(asked.Proposals);
        Assert.DoesNotContain(other.Reference, asked.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/proposals/export.xlsx")]
    [InlineData("/proposals/export.csv")]
    public async Task Export_ForAnAdministrator_IsForbidden(string path)
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin, followRedirects: false);

        var response = await admin.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_WhenNotSignedIn_GoesToSignIn()
    {
        var response = await factory.CreateClient(followRedirects: false).GetAsync(new Uri("/proposals/export.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LinksToBothDownloadsWithItsFilters()
    {
        var word = Unique.Word("Linked");
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Titled($"{word} linked").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync($"/proposals?q={word}&directorateId={proposal.DirectorateId}&status=Draft&page=1");

        var xlsx = page.FindAll("a").Single(a => a.TextContent.Trim() == "Download as Excel (XLSX)").GetAttribute("href")!;
        var csv = page.FindAll("a").Single(a => a.TextContent.Trim() == "Download as CSV").GetAttribute("href")!;
        Assert.StartsWith("/proposals/export.xlsx?", xlsx, StringComparison.Ordinal);
        Assert.StartsWith("/proposals/export.csv?", csv, StringComparison.Ordinal);
        foreach (var part in new[] { $"q={word}", $"directorateId={proposal.DirectorateId}", "status=Draft" })
        {
            Assert.Contains(part, xlsx, StringComparison.Ordinal);
            Assert.Contains(part, csv, StringComparison.Ordinal);
        }

        var sheet = await TrackerSheet.LoadAsync(await client.GetAsync(new Uri(xlsx, UriKind.Relative)));
        Assert.Equal([proposal.Reference], sheet.Proposals.Select(r => TrackerSheet.Cell(r, "Reference")!.Text).Distinct());
    }
}
