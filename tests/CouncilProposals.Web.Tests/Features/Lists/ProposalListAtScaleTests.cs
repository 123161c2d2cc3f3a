using CouncilProposals.Web.Features.Proposals;
using static CouncilProposals.Web.Tests.Features.Lists.ListData;

namespace CouncilProposals.Web.Tests.Features.Lists;

/// <summary>The proposals list as the database pages, sorts, searches and totals it, on a directorate each test owns.</summary>
[Collection(WebCollection.Name)]
public sealed class ProposalListAtScaleTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task List_TotalsTwoThousandLinesOfAHundredPoundsExactly_AndAsTheSumOfEveryPage()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                var proposal = await new ProposalBuilder().InDirectorate(code).BuildAsync(db);
                await AddLinesAsync(db, proposal.Id, Enumerable.Repeat(0.1m, 80));
            }
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var first = await client.GetPageAsync($"/proposals?directorateId={directorateId}");
        var second = await client.GetPageAsync($"/proposals?directorateId={directorateId}&page=2");

        Assert.Equal(["(200)", "-", "-", "(200)"], Totals(first));
        Assert.Equal(Totals(first), Totals(second));
        var shown = Rows(first).Concat(Rows(second)).ToList();
        Assert.Equal(25, shown.Count);
        Assert.All(shown, r => Assert.Equal("(8)", r[^1]));
        Assert.Equal(200m, shown.Sum(r => Amount(r[^1])));
    }

    [Fact]
    public async Task List_TotalsSavingAndIncomeLinesWithDecimals_ExactlyAndAsTheSumOfTheRowsShown()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        var expected = 0m;
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
            {
                var proposal = await new ProposalBuilder().InDirectorate(code).BuildAsync(db);
                var savings = Enumerable.Range(1, 60).Select(n => (((n * 37) + i) % 999 / 10m) + 0.1m).ToList();
                var income = Enumerable.Range(1, 40).Select(n => (((n * 53) + i) % 9999 / 10m) + 0.1m).ToList();
                await AddLinesAsync(db, proposal.Id, savings);
                await AddLinesAsync(db, proposal.Id, income, SavingsKind.Income);
                expected += savings.Sum() + income.Sum();
            }
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync($"/proposals?directorateId={directorateId}");

        Assert.Equal("(" + expected.ToString("#,##0.#", System.Globalization.CultureInfo.InvariantCulture) + ")", Totals(page)[^1]);
        var shown = Rows(page);
        Assert.Equal(20, shown.Count);
        Assert.Equal(expected, shown.Sum(r => Amount(r[^1])));
        Assert.Contains(shown, r => Amount(r[^1]) % 1 != 0);
    }

    [Fact]
    public async Task List_SortsByTotalAndReferenceAcrossPages_WithoutRepeatingTies()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < ProposalListQuery.PageSize + 5; i++)
            {
                var proposal = await new ProposalBuilder().InDirectorate(code).BuildAsync(db);
                await AddLinesAsync(db, proposal.Id, [((i * 7) % 11) + 0.5m]);
            }
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        async Task<List<List<string>>> AllRowsAsync(string sort, string order) =>
            Rows(await client.GetPageAsync($"/proposals?directorateId={directorateId}&sort={sort}&order={order}"))
                .Concat(Rows(await client.GetPageAsync($"/proposals?directorateId={directorateId}&sort={sort}&order={order}&page=2"))).ToList();

        var byTotal = await AllRowsAsync("total", "asc");
        var byTotalDown = await AllRowsAsync("total", "desc");
        var byReference = await AllRowsAsync("reference", "asc");
        var byReferenceDown = await AllRowsAsync("reference", "desc");

        var totals = byTotal.Select(r => Amount(r[^1])).ToList();
        Assert.Equal(totals.Order().ToList(), totals);
        Assert.Equal(25, byTotal.Select(r => r[0]).Distinct().Count());
        Assert.Equal(byTotal.Select(r => r[0]).Reverse(), byTotalDown.Select(r => r[0]));
        var numbers = byReference.Select(r => int.Parse(r[0].Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 25), numbers);
        Assert.Equal(byReference.Select(r => r[0]).Reverse(), byReferenceDown.Select(r => r[0]));
    }

    [Fact]
    public async Task List_SearchFindsWordPrefixesInAnyCase_AndNeedsEveryWord()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        var word = Unique.Word("Lamplight");
        var library = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate(code).Titled($"Library {word} closures").BuildAsync(db));
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate(code).Titled($"Leisure {word} centres").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        async Task<List<string>> FoundAsync(string q) =>
            Rows(await client.GetPageAsync($"/proposals?directorateId={directorateId}&q={Uri.EscapeDataString(q)}")).Select(r => r[0]).ToList();

        Assert.Equal([library.Reference], await FoundAsync("lib"));
        Assert.Equal([library.Reference], await FoundAsync($"CLOS {word.ToUpperInvariant()[..12]}"));
        Assert.Equal(2, (await FoundAsync(word.ToLowerInvariant())).Count);
        Assert.Empty(await FoundAsync($"library {Unique.Word("Nowhere")}"));
        Assert.Equal([library.Reference], await FoundAsync($"{code.ToLowerInvariant()} library"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("*")]
    [InlineData("lib*")]
    [InlineData("NEAR(library closures, 2)")]
    [InlineData("library OR NOT AND")]
    [InlineData("-library +closures ^start")]
    [InlineData("title:library")]
    [InlineData("(((")]
    [InlineData("café ñandú 漢字 🎉 Ω")]
    [InlineData("'; DROP TABLE Proposals; --")]
    [InlineData("%_[]\\")]
    public async Task List_SearchWithHostileInput_ShowsTheList(string q)
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync($"/proposals?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Filter proposals", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchOfTwoThousandCharacters_ShowsTheList()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var q = string.Concat(Enumerable.Repeat("ab\"* NEAR ", 200));

        var page = await client.GetPageAsync($"/proposals?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("No proposals match", page.Text, StringComparison.Ordinal);
    }
}
