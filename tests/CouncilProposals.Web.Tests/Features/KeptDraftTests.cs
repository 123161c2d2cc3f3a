using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features;

/// <summary>A section saved after the sign-in ran out is kept, and given back to the same person after they sign in again.</summary>
[Collection(WebCollection.Name)]
public sealed class KeptDraftTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Save_AfterTheSignInExpired_IsShownAgainAfterSigningIn()
    {
        var officer = DemoData.Officer("GOV");
        var (client, form, typed) = await OpenSummaryAsync(officer);
        factory.Time.Advance(TimeSpan.FromMinutes(31));

        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Summary"] = typed });
        Assert.Contains("Sign in", signIn.TextOf("h1"), StringComparison.Ordinal);
        var restored = await SignInAgainAsync(client, signIn, officer);

        Assert.Equal(form.Response.RequestMessage!.RequestUri!.AbsolutePath, restored.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You were signed out. We kept what you typed: check it and save.", restored.Text, StringComparison.Ordinal);
        Assert.Equal(typed, restored.Find("#Summary")!.TextContent);
        var saved = await client.SubmitAsync(restored);
        Assert.Contains("Summary and the five questions", saved.Text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Proposals.AnyAsync(p => p.Summary == typed)));
    }

    [Fact]
    public async Task KeptDraft_ForSomeoneElse_IsNotShownToThem()
    {
        var (client, form, typed) = await OpenSummaryAsync(DemoData.Officer("GOV"));
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Summary"] = typed });
        var returnUrl = signIn.Find("input[name=ReturnUrl]")!.GetAttribute("value")!;

        var colleague = await CreateGovernanceOfficerAsync();
        var page = await colleague.GetPageAsync(returnUrl);

        Assert.Contains("Summary", page.TextOf("h1"), StringComparison.Ordinal);
        Assert.DoesNotContain(typed, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("We kept what you typed", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeptDraft_IsGivenBackOnlyOnce()
    {
        var officer = DemoData.Officer("GOV");
        var (client, form, typed) = await OpenSummaryAsync(officer);
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        var signIn = await client.SubmitAsync(form, new Dictionary<string, string> { ["Summary"] = typed });
        var restored = await SignInAgainAsync(client, signIn, officer);

        var again = await client.GetPageAsync(restored.Response.RequestMessage!.RequestUri!.PathAndQuery);

        Assert.DoesNotContain(typed, again.Text, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, HtmlPage Form, string Typed)> OpenSummaryAsync(string officer)
    {
        var client = await factory.CreateClientForAsync(officer);
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "GOV", "Kept draft " + Unique.Word());
        var form = await client.GetPageAsync($"/proposals/{id}/edit/summary");
        return (client, form, "Typed through the meeting " + Unique.Word());
    }

    /// <summary>Another officer of the same directorate, who may edit the same proposal.</summary>
    private async Task<HttpClient> CreateGovernanceOfficerAsync()
    {
        var email = $"colleague.{Guid.NewGuid():N}@council.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var gov = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "GOV").Select(d => d.Id).SingleAsync());
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Colleague", DemoUsers.Password, [Roles.FinanceOfficer], [gov]));
        Assert.True(created.Succeeded);
        return await factory.CreateClientForAsync(email);
    }

    private static Task<HtmlPage> SignInAgainAsync(HttpClient client, HtmlPage signIn, string email) =>
        client.SubmitAsync(signIn, new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoUsers.Password }, "form[action='/sign-in']");
}
