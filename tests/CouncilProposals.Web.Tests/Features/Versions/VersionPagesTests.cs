using CouncilProposals.Domain.Proposals.Versions;

namespace CouncilProposals.Web.Tests.Features.Versions;

/// <summary>Versions kept at each step, whatever page takes it; the list and comparison pages; what a director sees on a resubmitted proposal.</summary>
[Collection(WebCollection.Name)]
public sealed class VersionPagesTests(CouncilProposalsFactory factory)
{
    private static readonly string Officer = DemoData.Officer("RES");
    private static readonly string Director = DemoData.Director("RES");

    [Fact]
    public async Task Journey_ReturnedAndResubmitted_KeepsAVersionAtEachStepAndShowsTheDirectorWhatChanged()
    {
        var id = await ResubmittedAsync("Versions journey " + Unique.Word(), GoldenSample.Resources.Replace("and SPP", "and the CCG", StringComparison.Ordinal));
        var director = await factory.CreateClientForAsync(Director);
        var officer = await factory.CreateClientForAsync(Officer);

        var versions = await factory.WithDbAsync(db => db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([VersionEvent.Submitted, VersionEvent.Returned, VersionEvent.Submitted], versions.Select(v => v.Event));
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal([Officer, Director, Officer], versions.Select(v => v.TakenBy));
        Assert.Contains("and the CCG", versions[2].Snapshot().ResourcesAndImplementation, StringComparison.Ordinal);

        var details = await director.GetPageAsync($"/proposals/{id}");
        var approve = await director.GetPageAsync($"/proposals/{id}/approve");
        foreach (var page in new[] { details, approve })
        {
            Assert.Equal("What changed since you returned it", page.TextOf("#what-changed-title"));
            Assert.Equal([ProposalFormWording.ResourcesAndImplementation], page.FindAll(".app-what-changed .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
            Assert.Equal(["removed: SPP"], page.FindAll(".app-what-changed del").Select(d => HtmlPage.Fold(d.TextContent)));
            Assert.Equal(["added: the CCG"], page.FindAll(".app-what-changed ins").Select(d => HtmlPage.Fold(d.TextContent)));
        }

        Assert.Null((await officer.GetPageAsync($"/proposals/{id}")).Find("#what-changed-title"));

        var compare = await officer.GetPageAsync($"/proposals/{id}/versions/compare?from=2&to=3");
        Assert.Equal(HttpStatusCode.OK, compare.Response.StatusCode);
        Assert.Contains("Version 2 compared with version 3", compare.Text, StringComparison.Ordinal);
        Assert.Equal(["removed: SPP"], compare.FindAll("del").Select(d => HtmlPage.Fold(d.TextContent)));
    }

    [Fact]
    public async Task Versions_ForAPackDecisionAndItsCorrection_AreKeptToo()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var pack = await factory.WithDbAsync(db => CabinetDecisionForm.PackAsync(db, "Versions pack " + Unique.Word(), [proposal]));
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        await corporate.SubmitAsync(await corporate.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions"), CabinetDecisionForm.Meeting());
        await corporate.SubmitAsync(
            await corporate.GetPageAsync($"/proposals/{proposal.Id}/decision/correct"),
            new Dictionary<string, string> { ["Decision"] = "not-agreed", ["Reason"] = "Consult residents first.", ["CorrectionReason"] = "Typed against the wrong proposal." });

        var versions = await factory.WithDbAsync(db => db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == proposal.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([VersionEvent.CabinetDecision, VersionEvent.DecisionCorrected], versions.TakeLast(2).Select(v => v.Event));
        Assert.Equal("NOT agreed because Consult residents first. (Mayor in Cabinet, Executive Mayor, 17 February 2026)", versions[^1].Snapshot().CabinetDecision);

        var n = versions[^1].Number;
        var compare = await corporate.GetPageAsync($"/proposals/{proposal.Id}/versions/compare?from={n - 1}&to={n}");
        Assert.Equal(["Record of decision"], compare.FindAll(".govuk-summary-list.app-changes .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
    }

    [Theory]
    [InlineData("from=abc&to=2", "Enter a version number, like 2, from the list of versions.")]
    [InlineData("from=1", "Choose the version to compare with.")]
    [InlineData("", "Choose the version to compare from.")]
    [InlineData("from=2&to=2", "Choose two different versions to compare.")]
    [InlineData("from=-1&to=2", "Enter a version number, like 2, from the list of versions.")]
    [InlineData("from=99999999999999999999&to=1", "Enter a version number, like 2, from the list of versions.")]
    public async Task Compare_WithBadParameters_ShowsTheVersionsWithAMessage(string query, string message)
    {
        var id = await ResubmittedAsync("Versions bad parameters " + Unique.Word(), "Changed.");
        var director = await factory.CreateClientForAsync(Director);

        var page = await director.GetPageAsync($"/proposals/{id}/versions/compare?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains(message, page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll("tbody tr").Count);
    }

    [Theory]
    [InlineData("from=1&to=4")]
    [InlineData("from=40&to=1")]
    public async Task Compare_WithAVersionThatDoesNotExist_IsNotFound(string query)
    {
        var id = await ResubmittedAsync("Versions missing " + Unique.Word(), "Changed.");
        var director = await factory.CreateClientForAsync(Director);

        var response = await director.GetAsync(new Uri($"/proposals/{id}/versions/compare?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("versions")]
    [InlineData("versions/compare?from=1&to=3")]
    [InlineData("versions/compare?from=abc")]
    public async Task Versions_ForSomeoneWhoMayNotSeeTheProposal_AreNotFound(string page)
    {
        var id = await ResubmittedAsync("Versions hidden " + Unique.Word(), "Changed.");
        var otherOfficer = await factory.CreateClientForAsync(DemoData.Officer("CHI"));

        var response = await otherOfficer.GetAsync(new Uri($"/proposals/{id}/{page}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task History_ForAnEditedLongText_ShowsTheChangedWordsOnly()
    {
        var id = await ResubmittedAsync("Versions history " + Unique.Word(), GoldenSample.Resources.Replace("procurement resource", "legal resource", StringComparison.Ordinal));
        var officer = await factory.CreateClientForAsync(Officer);

        var history = await officer.GetPageAsync($"/proposals/{id}/history");

        Assert.Equal(["removed: procurement"], history.FindAll(".app-timeline del").Select(d => HtmlPage.Fold(d.TextContent)));
        Assert.Equal(["added: legal"], history.FindAll(".app-timeline ins").Select(d => HtmlPage.Fold(d.TextContent)));
    }

    /// <summary>Submitted by the officer, returned by the director, the resources text changed, submitted again.</summary>
    private async Task<int> ResubmittedAsync(string title, string resources)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled(title).Complete().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(Officer);
        var director = await factory.CreateClientForAsync(Director);
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));
        await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/return"), new Dictionary<string, string> { ["Reasons"] = "Name the partner." });
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = resources });
        var submitted = await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));
        Assert.Contains("Proposal submitted for approval", submitted.Text, StringComparison.Ordinal);
        return proposal.Id;
    }
}
