using System.Globalization;
using CouncilProposals.Web.Tests.Features.Input;

namespace CouncilProposals.Web.Tests.Features.CabinetPacks;

[Collection(WebCollection.Name)]
public sealed class PackChooserTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Choose_WhenSearched_OffersOnlyMatchingProposalsCabinetHasNotDecided()
    {
        var word = Unique.Word();
        var set = await ProposalsWithAsync(word);
        var (client, packId) = await NewPackAsync();

        var page = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal([set.Place.Id, set.Governance.Id], Offered(page).Order());
        Assert.Contains("2 proposals match", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choose_WhenFilteredByDirectorateAndStatus_OffersOnlyThatDirectorate()
    {
        var word = Unique.Word();
        var set = await ProposalsWithAsync(word);
        var (client, packId) = await NewPackAsync();

        var page = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}&directorateId={set.Place.DirectorateId}&status=Approved");

        Assert.Equal([set.Place.Id], Offered(page));
        Assert.Contains("1 proposal matches", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAllMatching_AddsExactlyTheMatchingProposalsAndShowsTheirTotals()
    {
        var word = Unique.Word();
        var set = await ProposalsWithAsync(word);
        var (client, packId) = await NewPackAsync();
        var page = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}");

        var after = await client.SubmitAsync(page, new Dictionary<string, string> { ["Then"] = "add-matching" });

        Assert.Equal([set.Place.Id, set.Governance.Id], (await ItemsAsync(packId)).Order());
        Assert.Equal("2", after.TextOf("[data-running-count]"));
        Assert.Equal("(158.5)", after.TextOf("[data-running-total-amount]"));
        var years = after.FindAll(".app-running-total .govuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(["2", "(150.3)", "(0.7)", "(7.5)", "(158.5)"], years);
        Assert.All(Offered(after), id => Assert.NotNull(after.Find($"#proposal-{id}[checked]")));
    }

    [Fact]
    public async Task SaveChoices_OnOnePage_KeepsWhatWasChosenOnOthers()
    {
        var word = Unique.Word();
        var set = await ProposalsWithAsync(word);
        var (client, packId) = await NewPackAsync();
        var placeOnly = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}&directorateId={set.Place.DirectorateId}");
        await client.SubmitAsync(placeOnly, new Dictionary<string, string> { ["Then"] = "add-matching" });

        var governanceOnly = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}&directorateId={set.Governance.DirectorateId}");
        await client.SubmitAsync(governanceOnly, new Dictionary<string, string> { ["Then"] = "stay", ["ProposalIds"] = Id(set.Governance) });
        Assert.Equal([set.Place.Id, set.Governance.Id], (await ItemsAsync(packId)).Order());

        var cleared = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}&directorateId={set.Governance.DirectorateId}");
        var values = cleared.FormValues();
        values.Remove("ProposalIds");
        values["Then"] = "stay";
        await client.PostFormAsync(cleared.FormAction(), values.Concat([new("ShownIds", Id(set.Governance))]));

        Assert.Equal([set.Place.Id], await ItemsAsync(packId));
    }

    [Fact]
    public async Task RemoveAllMatching_TakesOutOnlyTheMatchingProposals()
    {
        var word = Unique.Word();
        var set = await ProposalsWithAsync(word);
        var (client, packId) = await NewPackAsync();
        await client.SubmitAsync(await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}"), new Dictionary<string, string> { ["Then"] = "add-matching" });

        var placeOnly = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={word}&directorateId={set.Place.DirectorateId}");
        await client.SubmitAsync(placeOnly, new Dictionary<string, string> { ["Then"] = "remove-matching" });

        Assert.Equal([set.Governance.Id], await ItemsAsync(packId));
    }

    [Fact]
    public async Task Choose_WithHostileSearchText_ShowsThePage()
    {
        var (client, packId) = await NewPackAsync();

        foreach (var text in HostileValues.Texts.Append("%").Append("_").Append("[a-z]").Append("\\"))
        {
            var page = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q={Uri.EscapeDataString(text[..Math.Min(text.Length, 2_000)])}&page=999999&directorateId=-1&status=Draft");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        }

        var percent = await client.GetPageAsync($"/cabinet-packs/{packId}/proposals?q=%25");
        Assert.Contains("No proposals match", percent.Text, StringComparison.Ordinal);
    }

    private sealed record Set(Proposal Place, Proposal Governance);

    private static string Id(Proposal proposal) => proposal.Id.ToString(CultureInfo.InvariantCulture);

    private static List<int> Offered(HtmlPage page) =>
        page.FindAll("input[name=ProposalIds]").Select(i => int.Parse(i.GetAttribute("value")!, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Two approved proposals with the word in their titles, in two directorates, and some that must never be offered.</summary>
    private async Task<Set> ProposalsWithAsync(string word)
    {
        var place = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Titled($"Alpha {word} libraries").WithSavings(900m, 100.1m, 0.3m, 0m).InStatus(ProposalStatus.Approved).BuildAsync(db));
        var governance = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word.ToUpperInvariant()} beta").WithSavings(900m, 50.2m, 0.4m, 7.5m).InStatus(ProposalStatus.Approved).BuildAsync(db));
        foreach (var status in new[] { ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet, ProposalStatus.Withdrawn, ProposalStatus.Submitted, ProposalStatus.Draft })
        {
            await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Titled($"Never {word} {status}").InStatus(status).BuildAsync(db));
        }

        return new Set(place, governance);
    }

    private async Task<(HttpClient Client, int PackId)> NewPackAsync()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var title = "Chooser pack " + Unique.Word();
        await client.SubmitAsync(await client.GetPageAsync("/cabinet-packs/new"), new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Day"] = "3",
            ["Month"] = "3",
            ["Year"] = "2021",
        });
        var packId = await factory.WithDbAsync(db => db.CabinetPacks.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        return (client, packId);
    }

    private Task<List<int>> ItemsAsync(int packId) =>
        factory.WithDbAsync(db => db.CabinetPacks.Where(p => p.Id == packId).SelectMany(p => p.Items).OrderBy(i => i.Order).Select(i => i.ProposalId).ToListAsync());
}
