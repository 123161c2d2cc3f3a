namespace CouncilProposals.Web.Tests.Features;

/// <summary>Two people edit one proposal: the second save is refused and shown beside the first, never lost.</summary>
[Collection(WebCollection.Name)]
public sealed class ConcurrentEditTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Save_WhenSomeoneElseSavedFirst_ShowsBothValuesKeepsInputAndDatabaseKeepsTheFirst()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var alice = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var bob = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var aliceForm = await alice.GetPageAsync($"/proposals/{proposal.Id}/edit/resources");
        var bobForm = await bob.GetPageAsync($"/proposals/{proposal.Id}/edit/resources");

        var first = await alice.SubmitAsync(aliceForm, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Alice's resources" });
        var second = await bob.SubmitAsync(bobForm, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Bob's resources" });

        Assert.Contains("Resources and implementation saved", first.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.Response.StatusCode);
        Assert.Contains("Your changes have not been saved", second.Text, StringComparison.Ordinal);
        Assert.Contains("officer.res@council.example changed this proposal on 2 November 2026", second.Text, StringComparison.Ordinal);
        var row = second.FindAll(".app-conflict-table tbody tr").Single();
        Assert.Equal(["Alice's resources", "Bob's resources"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal("Bob's resources", second.Find("textarea#ResourcesAndImplementation")!.TextContent);

        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal("Alice's resources", saved.ResourcesAndImplementation);
        Assert.Equal(saved.Version.ToString(), second.Find("input[name=Version]")!.GetAttribute("value"));

        // Saving again from the conflict page is a deliberate choice, made with the other person's change in view.
        var again = await bob.SubmitAsync(second);
        Assert.Contains("Resources and implementation saved", again.Text, StringComparison.Ordinal);
        Assert.Equal("Bob's resources", await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ResourcesAndImplementation).SingleAsync()));
    }

    [Fact]
    public async Task Save_OfFinancialImpact_AfterAnotherSave_ShowsTheirFiguresBesideYours()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().WithSavings(1000m, 100m, 50m, 0m).BuildAsync(db));
        var alice = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var bob = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var aliceForm = await alice.GetPageAsync($"/proposals/{proposal.Id}/edit/financial-impact");
        var bobForm = await bob.GetPageAsync($"/proposals/{proposal.Id}/edit/financial-impact");
        await alice.SubmitAsync(aliceForm, new Dictionary<string, string> { ["Lines[0].Amount"] = "200" });

        var second = await bob.SubmitAsync(bobForm, new Dictionary<string, string> { ["Lines[0].Amount"] = "(300)" });

        var row = second.FindAll(".app-conflict-table tbody tr").Single(r => r.TextContent.Contains("Savings 2021-22", StringComparison.Ordinal));
        Assert.Equal(["200", "300"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal("(300)", second.Find("#Lines-0-Amount")!.GetAttribute("value"));
        var lines = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).SelectMany(p => p.SavingsLines).ToListAsync());
        Assert.Contains(lines, l => l.Amount.Thousands == 200m && l.Year.StartYear == 2021);
    }

    [Fact]
    public async Task Submit_AfterSomeoneElseChangedTheProposal_IsNotSubmitted()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var alice = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var bob = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var check = await bob.GetPageAsync($"/proposals/{proposal.Id}/check");
        await alice.SubmitAsync(await alice.GetPageAsync($"/proposals/{proposal.Id}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Changed meanwhile" });

        var page = await bob.SubmitAsync(check);

        Assert.Contains("changed this proposal after you opened this page. It has not been submitted", page.Text, StringComparison.Ordinal);
        Assert.Contains("Changed meanwhile", page.Text, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Draft, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }
}
