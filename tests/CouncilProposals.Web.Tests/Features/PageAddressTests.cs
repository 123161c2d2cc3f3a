using CouncilProposals.Domain.CabinetPacks;

namespace CouncilProposals.Web.Tests.Features;

/// <summary>The pages link to the same addresses people have bookmarked, whichever controller serves them.</summary>
[Collection(WebCollection.Name)]
public sealed class PageAddressTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task TaskList_LinksEachSectionAndCheckAnswersAtTheirAddresses()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await officer.GetPageAsync($"/proposals/{proposal.Id}/edit");

        var sections = new[] { "details", "financial-impact", "staffing-impact", "summary", "risks", "resources", "equality-screening" };
        Assert.Equal(
            [.. sections.Select(s => $"/proposals/{proposal.Id}/edit/{s}"), $"/proposals/{proposal.Id}/check"],
            page.FindAll(".govuk-task-list__link").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/proposals/{proposal.Id}", page.Find(".govuk-back-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SectionPage_LinksBackToTheTaskList()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await officer.GetPageAsync($"/proposals/{proposal.Id}/edit/financial-impact");

        Assert.Equal($"/proposals/{proposal.Id}/edit", page.Find(".govuk-back-link")!.GetAttribute("href"));
        Assert.Equal("Cancel", page.TextOf($"main form a[href='/proposals/{proposal.Id}/edit']"));
    }

    [Fact]
    public async Task CheckAnswers_SubmitsToTheSubmitAddress()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await officer.GetPageAsync($"/proposals/{proposal.Id}/check");

        Assert.Equal($"/proposals/{proposal.Id}/submit", page.Find("main form[method=post]")!.GetAttribute("action"));
        Assert.Equal($"/proposals/{proposal.Id}/edit/resources?returnTo=check#ResourcesAndImplementation", page.FindAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).First(h => h!.Contains("resources", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProposalPage_ForItsDirector_LinksDecisionsHistoryAndPdfAtTheirAddresses()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));

        var page = await director.GetPageAsync($"/proposals/{proposal.Id}");

        var links = page.FindAll(".govuk-button-group a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/proposals/{proposal.Id}/approve", links);
        Assert.Contains($"/proposals/{proposal.Id}/return", links);
        Assert.Contains($"/proposals/{proposal.Id}/history", links);
        Assert.Contains($"/proposals/{proposal.Id}/pdf", links);
    }

    [Fact]
    public async Task ProposalList_SortsAndFiltersAtTheListAddress()
    {
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await corporate.GetPageAsync("/proposals?sort=title");

        Assert.Equal("/proposals", page.Find("form.app-filters")!.GetAttribute("action"));
        Assert.Matches(@"^/proposals\?cycleId=\d+&sort=reference&order=asc$", page.Find("a.app-sort-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task CabinetPack_LinksItsPartsAtTheirAddresses()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").WithSavings(900m, 100m).InStatus(ProposalStatus.Approved).BuildAsync(db));
        var pack = await factory.WithDbAsync(async db =>
        {
            var created = new CabinetPack(proposal.CycleId, "Cabinet", new DateOnly(2021, 2, 17), "Pack with addresses", "Unrestricted");
            created.SetProposals([new PackCandidate(proposal.Id, proposal.Reference, proposal.CycleId, proposal.Status)]);
            db.CabinetPacks.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await corporate.GetPageAsync($"/cabinet-packs/{pack.Id}");

        var links = page.FindAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/cabinet-packs/{pack.Id}/details", links);
        Assert.Contains($"/cabinet-packs/{pack.Id}/report", links);
        Assert.Contains($"/cabinet-packs/{pack.Id}/proposals", links);
        Assert.Contains($"/cabinet-packs/{pack.Id}/pdf", links);
        Assert.Contains($"/proposals/{proposal.Id}", links);
        Assert.Contains($"/cabinet-packs/{pack.Id}", (await corporate.GetPageAsync($"/cabinet-packs/{pack.Id}/report")).FindAll("main a").Select(a => a.GetAttribute("href")));
    }
}
