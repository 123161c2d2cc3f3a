
namespace CouncilProposals.Web.Tests.Features.Input;

/// <summary>Tampered or unusual requests get a page in the service's layout that says what happened, never a 5xx or a blank page.</summary>
[Collection(WebCollection.Name)]
public sealed class UnusualRequestTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Staffing_WithTwoReductionsForOneYear_ShowsErrorAndKeepsTyping()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/staffing-impact");
        var values = form.FormValues();
        values["HasStaffingImpact"] = "yes";
        values["CurrentFte"] = "40";
        values["Reductions[0].Year"] = "2021";
        values["Reductions[0].Value"] = "2";
        values["Reductions[1].Year"] = "2021";
        values["Reductions[1].Value"] = "3";

        var page = await client.PostFormAsync(form.FormAction(), values);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
        Assert.Contains("Enter one reduction for each savings year", page.Text, StringComparison.Ordinal);
        Assert.Equal("40", page.Find("#CurrentFte")!.GetAttribute("value"));
        Assert.Null(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.CurrentFte).SingleAsync()));
    }

    [Fact]
    public async Task NewPack_ForACycleThatDoesNotExist_ShowsErrorAndKeepsTyping()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");
        var title = "Pack " + Unique.Word();

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CycleId"] = "987654",
            ["Title"] = title,
            ["Day"] = "17",
            ["Month"] = "2",
            ["Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Choose the MTFS cycle", page.Text, StringComparison.Ordinal);
        Assert.Contains(title, page.Find("main form")!.OuterHtml, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.CabinetPacks.AnyAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task SignIn_WithNonAsciiReturnUrl_LandsOnTheEncodedAddress()
    {
        var client = factory.CreateClient(followRedirects: false);
        var signIn = await client.GetPageAsync("/sign-in?returnUrl=" + Uri.EscapeDataString("/proposals?search=café"));

        var response = await client.PostAsync(
            new Uri(signIn.FormAction("form[action^='/sign-in']"), UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>(signIn.FormValues("form[action^='/sign-in']")) { ["Email"] = DemoData.Officer("RES"), ["Password"] = DemoUsers.Password }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/proposals?search=caf%C3%A9", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ErrorPage_ForANegativeStatus_IsNotFoundInTheLayout()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await client.GetPageAsync("/error/-1");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Contains("Page not found", page.TextOf("main h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithANulCharacter_IsRefusedBesideTheFieldAndKeepsTheRest()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/resources");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Two\0 analysts." });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("control characters", page.TextOf("#ResourcesAndImplementation-error"), StringComparison.Ordinal);
        Assert.Contains("analysts.", page.Find("textarea#ResourcesAndImplementation")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("analysts", await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ResourcesAndImplementation ?? string.Empty).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithAStaleAntiforgeryToken_ShowsTheTypedTextToSubmitAgain()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/resources");
        var typed = "Typed before the token went stale " + Unique.Word();

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ResourcesAndImplementation"] = typed, ["__RequestVerificationToken"] = "stale" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains("check what you typed and submit it again", page.Text, StringComparison.Ordinal);
        Assert.Equal(typed, page.Find("main form textarea[name=ResourcesAndImplementation]")!.TextContent);
        Assert.NotEqual("stale", page.FormValues()["__RequestVerificationToken"]);
        Assert.NotNull(page.Find("header"));

        var saved = await client.SubmitAsync(page);

        Assert.Contains("Resources and implementation saved", saved.Text, StringComparison.Ordinal);
        Assert.Equal(typed, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ResourcesAndImplementation).SingleAsync()));
    }
}
