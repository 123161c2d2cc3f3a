using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;

namespace CouncilProposals.Web.Tests.Features.Overview;

/// <summary>The savings overview's figures against sums worked out here from the proposals each test makes in a cycle of its own.</summary>
[Collection(WebCollection.Name)]
public sealed class OverviewFiguresTests(CouncilProposalsFactory factory)
{
    private static readonly (string Directorate, ProposalStatus Status, decimal[] Savings, decimal[]? Fte)[] Proposals =
    [
        ("HAC", ProposalStatus.Draft, [100.5m, 50m, 0m], null),
        ("HAC", ProposalStatus.Returned, [10m, 0m, 0.1m], [1m, 0m, 0m]),
        ("HAC", ProposalStatus.Submitted, [200m, 0m, 30m], [2.25m, 0.5m, 0m]),
        ("RES", ProposalStatus.Approved, [70.2m, 20m, 0m], null),
        ("CHI", ProposalStatus.AgreedByCabinet, [1300m, 0m, 0m], [2.5m, 1m, 0m]),
        ("PLA", ProposalStatus.Submitted, [33.3m, 33.3m, 33.3m], [0.75m, 0m, 0m]),
        ("PLA", ProposalStatus.Withdrawn, [999m, 999m, 999m], [9m, 9m, 9m]),
        ("GOV", ProposalStatus.NotAgreedByCabinet, [888m, 0m, 0m], null),
    ];

    private static readonly Dictionary<ProposalStatus, (string Stage, int Weight)> Stages = new()
    {
        [ProposalStatus.Draft] = ("Draft", 25),
        [ProposalStatus.Returned] = ("Draft", 25),
        [ProposalStatus.Submitted] = ("Submitted", 50),
        [ProposalStatus.Approved] = ("Approved by director", 75),
        [ProposalStatus.AgreedByCabinet] = ("Agreed by Cabinet", 100),
    };

    private static readonly decimal[] Targets = [2000m, 100m, 50m];

    [Fact]
    public async Task Overview_ForCorporateFinance_ShowsEachStageTheGapAndTheWeightedView_AsSummedFromTheProposals()
    {
        var cycle = await CycleWithProposalsAsync();
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync($"/overview?cycleId={cycle.Id}");

        var summary = Table(page, "Savings against the target");
        var counted = Proposals.Where(p => Stages.ContainsKey(p.Status)).ToList();
        for (var year = 0; year <= 3; year++)
        {
            decimal Sum(Func<(string Directorate, ProposalStatus Status, decimal[] Savings, decimal[]? Fte), bool> which) =>
                counted.Where(which).Sum(p => year == 3 ? p.Savings.Sum() : p.Savings[year]);
            foreach (var stage in Stages.Values.Select(s => s.Stage).Distinct())
            {
                Assert.Equal(Saving(Sum(p => Stages[p.Status].Stage == stage)), summary[stage][year]);
            }

            var total = Sum(_ => true);
            var target = year == 3 ? Targets.Sum() : Targets[year];
            var weighted = counted.Sum(p => (year == 3 ? p.Savings.Sum() : p.Savings[year]) * Stages[p.Status].Weight / 100m);
            Assert.Equal(Saving(target), summary["Savings target"][year]);
            Assert.Equal(Saving(total), summary["Total savings counted"][year]);
            Assert.Equal(Gap(target - total), summary["Gap still to find"][year]);
            Assert.Equal(Saving(weighted), summary["Savings weighted by confidence"][year]);
            Assert.Equal(Gap(target - weighted), summary["Gap after weighting"][year]);
        }

        var staffing = Table(page, "Staffing reductions by stage");
        var withFte = counted.Where(p => p.Fte is not null).ToList();
        Assert.Equal(Fte(withFte.Sum(p => p.Fte![0])), staffing["Total FTE"][0]);
        Assert.Equal(Fte(withFte.Sum(p => p.Fte!.Sum())), staffing["Total FTE"][3]);
        Assert.Equal(Fte(withFte.Where(p => p.Status == ProposalStatus.Submitted).Sum(p => p.Fte![1])), staffing["Submitted"][1]);

        var hac = Table(page, "Health, Adults & Community: savings and income by stage");
        Assert.Equal(Saving(100.5m + 10m), hac["Draft"][0]);
        Assert.Equal(Saving(100.5m + 50m + 10m + 0.1m + 200m + 30m), hac["Total savings counted"][3]);
    }

    [Fact]
    public async Task OverviewFigure_LinksToTheProposalsBehindIt_WhoseListTotalIsTheSame()
    {
        var cycle = await CycleWithProposalsAsync();
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var page = await client.GetPageAsync($"/overview?cycleId={cycle.Id}");
        var draftCell = TableElement(page, "Health, Adults & Community: savings and income by stage")
            .QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Draft").QuerySelectorAll("td")[0];

        var list = await client.GetPageAsync(draftCell.QuerySelector("a")!.GetAttribute("href")!);

        Assert.Equal("(110.5)", HtmlPage.Fold(draftCell.QuerySelector("a")!.LastChild!.TextContent));
        Assert.Contains("Showing only the proposals the savings overview counts as draft (Draft, Returned)", list.Text, StringComparison.Ordinal);
        Assert.Equal(2, list.FindAll("main table tbody tr").Count - 1);
        Assert.Equal("(110.5)", list.FindAll("main table tbody tr.app-totals-row td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task Overview_ForADirector_ShowsOnlyTheirDirectorate()
    {
        var cycle = await CycleWithProposalsAsync();
        var client = await factory.CreateClientForAsync("director.hac@council.example");

        var page = await client.GetPageAsync($"/overview?cycleId={cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var summary = Table(page, "Savings against the target, your directorates");
        Assert.Equal(Saving(100.5m + 10m + 0.1m + 50m + 200m + 30m), summary["Total savings counted"][3]);
        Assert.NotNull(TableElement(page, "Health, Adults & Community: savings"));
        Assert.DoesNotContain("Resources", page.TextOf("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("Children and Culture", page.TextOf("main"), StringComparison.Ordinal);
        Assert.Null(page.Find($"main a[href^='/overview/targets']"));
    }

    [Fact]
    public async Task Overview_ForAnAdministrator_IsRefused()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.Admin, followRedirects: false);

        var response = await client.GetAsync(new Uri("/overview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Saving(decimal thousands)
    {
        var rounded = Math.Round(thousands, 1, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "-" : "(" + rounded.ToString("#,##0.#", CultureInfo.InvariantCulture) + ")";
    }

    private static string Gap(decimal gap) =>
        Math.Round(gap, 1, MidpointRounding.AwayFromZero) < 0m ? "Exceeded by " + Math.Round(-gap, 1, MidpointRounding.AwayFromZero).ToString("#,##0.#", CultureInfo.InvariantCulture) : Saving(gap);

    private static string Fte(decimal fte) => fte == 0m ? "-" : fte.ToString("#,##0.0#", CultureInfo.InvariantCulture);

    private static AngleSharp.Dom.IElement TableElement(HtmlPage page, string captionStart) =>
        page.FindAll("main table").Single(t => t.QuerySelector("caption")!.TextContent.Trim().StartsWith(captionStart, StringComparison.Ordinal));

    /// <summary>A table's figures by row heading, each row's cells as shown, without the words only screen readers hear.</summary>
    private static Dictionary<string, string[]> Table(HtmlPage page, string captionStart) =>
        TableElement(page, captionStart).QuerySelectorAll("tbody tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(),
            row => row.QuerySelectorAll("td").Select(cell =>
            {
                foreach (var hidden in cell.QuerySelectorAll(".govuk-visually-hidden").ToList())
                {
                    hidden.Remove();
                }

                return HtmlPage.Fold(cell.TextContent);
            }).ToArray());

    private Task<MtfsCycle> CycleWithProposalsAsync() => TestCycles.WithProposalsAsync(factory, async (cycle, db) =>
    {
        foreach (var (directorate, status, savings, fte) in Proposals)
        {
            var builder = new ProposalBuilder().InCycle(cycle.Id).InDirectorate(directorate).WithSavings(5000m, savings).InStatus(status);
            if (fte is not null)
            {
                builder.WithStaffing(50m, fte);
            }

            await builder.BuildAsync(db);
        }

        var plan = new SavingsPlan(cycle);
        plan.Update(cycle, cycle.SavingsYears.Select((y, i) => (y, Targets[i])).ToDictionary(t => t.y, t => (Money?)Money.FromThousands(t.Item2)), ConfidenceWeights.Default);
        db.SavingsPlans.Add(plan);
        await db.SaveChangesAsync();
    });
}
