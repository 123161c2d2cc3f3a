namespace CouncilProposals.Web.Tests.Features.Journeys;

/// <summary>
/// Forms outside the proposal's sections posted after the sign-in ran out are kept and given back after signing in
/// again. The clock is moved on, so these tests have a host of their own rather than move the shared one's.
/// </summary>
public sealed class KeptFormTests(CouncilProposalsFactory factory) : IClassFixture<CouncilProposalsFactory>
{
    [Fact]
    public async Task ReturnProposal_AfterTheSignInExpired_ShowsTheReasonsTypedAfterSigningIn()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = DemoData.Director("PLA");
        var client = await factory.CreateClientForAsync(director);
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/return");
        var typed = "The figures for 2022-23 need the contract's break clause " + Unique.Word();
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Reasons"] = typed });
        Assert.Contains("Sign in", signIn.TextOf("h1"), StringComparison.Ordinal);
        var restored = await SignInAgainAsync(client, signIn, director);

        Assert.Equal($"/proposals/{proposal.Id}/return", restored.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You were signed out. We kept what you typed: check it and save.", restored.Text, StringComparison.Ordinal);
        Assert.Equal(typed, restored.Find("#Reasons")!.TextContent);
        await client.SubmitAsync(restored);
        Assert.Equal(ProposalStatus.Returned, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task SavingsTargets_AfterTheSignInExpired_ShowsTheFiguresTypedAfterSigningIn()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/overview/targets");
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Targets[0].Amount"] = "1,234", ["DraftWeight"] = "30" });
        Assert.Contains("Sign in", signIn.TextOf("h1"), StringComparison.Ordinal);
        var restored = await SignInAgainAsync(client, signIn, DemoUsers.CorporateFinance);

        Assert.Equal("/overview/targets", restored.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You were signed out. We kept what you typed: check it and save.", restored.Text, StringComparison.Ordinal);
        Assert.Equal("1,234", restored.Find("#Targets-0-Amount")!.GetAttribute("value"));
        Assert.Equal("30", restored.Find("#DraftWeight")!.GetAttribute("value"));
    }

    [Fact]
    public async Task NewPack_AfterTheSignInExpired_ShowsTheTitleTypedAfterSigningIn()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");
        var typed = "Typed pack title " + Unique.Word();
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = typed });
        var restored = await SignInAgainAsync(client, signIn, DemoUsers.CorporateFinance);

        Assert.Contains("You were signed out. We kept what you typed: check it and save.", restored.Text, StringComparison.Ordinal);
        Assert.Equal(typed, restored.Find("#Title")!.GetAttribute("value"));
    }

    private static Task<HtmlPage> SignInAgainAsync(HttpClient client, HtmlPage signIn, string email) =>
        client.SubmitAsync(signIn, new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoUsers.Password }, "form[action='/sign-in']");
}
