using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Tests.Features.Exports;

namespace CouncilProposals.Web.Tests.Features.Lists;

/// <summary>Lists keep their counts and totals between requests; a saved change must show at once all the same.</summary>
[Collection(WebCollection.Name)]
public sealed class ListTotalsFreshnessTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task List_AfterASavingsLineChangesElsewhere_ShowsTheNewTotalAtOnce()
    {
        var word = Unique.Word();
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} fresh totals").WithSavings(100m, 10m, 0m, 0m).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var before = ListTotals.Of(await client.GetPageAsync($"/proposals?q={word}"));

        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Proposals.Whole().SingleAsync(p => p.Id == proposal.Id);
            var year = saved.Cycle.SavingsYears[0];
            saved.UpdateFinancialImpact(saved.CurrentBudget, [new SavingsLineInput(year, Money.FromThousands(12.5m), SavingsKind.Saving)], "someone.else@council.example");
            await db.SaveChangesAsync();
        });
        var after = ListTotals.Of(await client.GetPageAsync($"/proposals?q={word}"));

        Assert.Equal(10m, before[^1]);
        Assert.Equal(12.5m, after[^1]);
    }

    [Fact]
    public async Task List_AfterAProposalIsAdded_CountsItAtOnce()
    {
        var word = Unique.Word();
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} first").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        Assert.Contains("1 proposal", (await client.GetPageAsync($"/proposals?q={word}")).Text, StringComparison.Ordinal);

        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{word} second").BuildAsync(db));

        Assert.Contains("2 proposals", (await client.GetPageAsync($"/proposals?q={word}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AfterAProposalIsApproved_CountsItAtOnce()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var before = AwaitingCabinetCount(await client.GetPageAsync("/"));

        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Titled($"{Unique.Word()} approved").Complete().InStatus(ProposalStatus.Approved).BuildAsync(db));

        Assert.Equal(before + 1, AwaitingCabinetCount(await client.GetPageAsync("/")));
    }

    [Fact]
    public async Task List_AfterASavingsTypeIsAdded_OffersItAtOnce()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        await client.GetPageAsync("/proposals");
        var name = $"Savings type {Unique.Word()}";

        await factory.WithDbAsync(async db =>
        {
            db.SavingsTypes.Add(new SavingsType(name, 99));
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync("/proposals");
        Assert.Contains(page.FindAll("select[name=savingsTypeId] option"), o => o.TextContent.Trim() == name);
    }

    private static int AwaitingCabinetCount(HtmlPage page) =>
        int.Parse(page.TextOf("#awaiting-cabinet-summary").Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
