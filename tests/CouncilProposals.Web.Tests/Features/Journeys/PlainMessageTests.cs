namespace CouncilProposals.Web.Tests.Features.Journeys;

/// <summary>What a form says when something sent cannot be read, or an account cannot be made: plain English, naming the field as its label does.</summary>
[Collection(WebCollection.Name)]
public sealed class PlainMessageTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task CreatePack_WithAMonthNameForTheCycle_SaysSoInPlainEnglish()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CycleId"] = "Feb",
            ["Title"] = "Typed title " + Unique.Word(),
            ["Day"] = "17",
            ["Month"] = "2",
            ["Year"] = "2021",
        });

        Assert.Equal("Error: Select MTFS cycle from the options given", page.TextOf("#CycleId-error"));
        Assert.Contains("Select MTFS cycle from the options given", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CycleId", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalDetails_WithWordsForTheListChoices_NameEachByItsLabel()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/details");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ServiceAreaId"] = "Feb", ["StrategicPriorityOutcomeId"] = "1e9" });

        var summary = page.TextOf(".govuk-error-summary");
        Assert.Contains("Select Savings Service Area from the options given", summary, StringComparison.Ordinal);
        Assert.Contains("Select Strategic Priority Outcome from the options given", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Id from", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateProposal_WithAMonthNameForTheDirectorate_SaysSoInPlainEnglish()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var form = await client.GetPageAsync("/proposals/create");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["DirectorateId"] = "Feb", ["Title"] = "Typed title " + Unique.Word() });

        Assert.Contains("Select Directorate from the options given", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DirectorateId", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_WithAnEmailAddressAlreadyUsed_SaysAnAccountExistsBesideEmailAddress()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var form = await admin.GetPageAsync("/admin/users/create");

        var page = await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = DemoUsers.CorporateFinance,
            ["DisplayName"] = "Someone Else",
            ["Roles"] = "Corporate Finance",
            ["Password"] = "a brand new passphrase",
        });

        Assert.Equal("Error: An account with this email address already exists", page.TextOf("#Email-error"));
        Assert.Equal("An account with this email address already exists", page.TextOf(".govuk-error-summary__list"));
        Assert.Equal("#Email", page.Find(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.DoesNotContain("already taken", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_WithAShortPassword_SaysHowLongInPlainEnglish()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var form = await admin.GetPageAsync("/admin/users/create");

        var page = await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = $"short.password.{Guid.NewGuid():N}@council.example",
            ["DisplayName"] = "Short Password",
            ["Roles"] = "Corporate Finance",
            ["Password"] = "aaaaaaaaaaaa",
        });

        Assert.Equal("Error: Password must use at least 4 different characters", page.TextOf("#Password-error"));
    }
}
