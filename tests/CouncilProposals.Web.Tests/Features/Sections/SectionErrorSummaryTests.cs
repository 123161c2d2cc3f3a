namespace CouncilProposals.Web.Tests.Features.Sections;

/// <summary>A section's error summary names each problem apart and lists them in the order of the fields on the page.</summary>
[Collection(WebCollection.Name)]
public sealed class SectionErrorSummaryTests(CouncilProposalsFactory factory)
{
    private const string AmountExamples = "in £000, like 371, 1,234 or 1234.5";

    [Fact]
    public async Task Financial_SeveralBadAmounts_EachNameItsYearAndLine_InTheOrderOfThePage()
    {
        var (client, id) = await DraftAsync("Several bad amounts");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        // Lines 0 and 1 are 2021-22's saving and income, 2 and 3 those of 2022-23, 4 and 5 those of 2023-24.
        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CurrentBudget"] = "lots",
            ["Lines[0].Amount"] = "12,34",
            ["Lines[3].Amount"] = "abc",
            ["Lines[4].Amount"] = "ten",
        });

        Assert.Equal(
        [
            ("#CurrentBudget", $"Enter the current budget {AmountExamples}"),
            ("#Lines-0-Amount", $"2021-22, line 1: enter the saving {AmountExamples}"),
            ("#Lines-3-Amount", $"2022-23, line 2: enter the income {AmountExamples}"),
            ("#Lines-4-Amount", $"2023-24, line 1: enter the saving {AmountExamples}"),
        ],
            Summary(page));
        Assert.Contains("2022-23, line 2: enter the income", page.TextOf("#Lines-3-Amount-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Financial_DescriptionsMissingAndABadAmount_AreSummarisedInTheOrderOfThePage()
    {
        var (client, id) = await DraftAsync("Descriptions and amounts");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");
        var withExtra = await client.SubmitAsync(form, new Dictionary<string, string> { ["Action"] = "add:2021" });

        // Line 2 is now 2021-22's extra line, and 2022-23's saving moved to line 3.
        var page = await client.SubmitAsync(withExtra, new Dictionary<string, string>
        {
            ["CurrentBudget"] = "900",
            ["Lines[0].Amount"] = "100",
            ["Lines[2].Amount"] = "40",
            ["Lines[3].Amount"] = "abc",
        });

        Assert.Equal(
        [
            ("#Lines-0-Description", "2021-22, line 1: describe this saving line, as the year has more than one"),
            ("#Lines-2-Description", "2021-22, line 3: describe this saving line, as the year has more than one"),
            ("#Lines-3-Amount", $"2022-23, line 1: enter the saving {AmountExamples}"),
        ],
            Summary(page));
    }

    [Fact]
    public async Task Staffing_SeveralBadReductions_EachNameItsYear()
    {
        var (client, id) = await DraftAsync("Several bad reductions");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/staffing-impact");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["HasStaffingImpact"] = "yes", ["CurrentFte"] = "10", ["Reductions[0].Value"] = "x", ["Reductions[2].Value"] = "y" });

        Assert.Equal(
            ["Enter the FTE reduction for 2021-22 as a number", "Enter the FTE reduction for 2023-24 as a number"],
            Summary(page).Select(e => e.Message[..e.Message.IndexOf(" of full-time", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Details_ListCheckedAfterTheValidator_StillSummarisedInTheOrderOfThePage()
    {
        var (client, id) = await DraftAsync("Details in order");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/details");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = new string('x', Proposal.TitleMaxLength + 1),
            ["ServiceAreaId"] = "999999",
            ["LeadMemberAndPortfolio"] = new string('x', Proposal.ShortTextMaxLength + 1),
        });

        Assert.Equal(["#Title", "#ServiceAreaId", "#LeadMemberAndPortfolio"], Summary(page).Select(e => e.Href));
    }

    [Theory]
    [InlineData("staffing-impact", 3)]
    [InlineData("summary", 3)]
    [InlineData("risks", 2)]
    [InlineData("resources", 1)]
    [InlineData("equality-screening", 4)]
    public async Task Section_WithSeveralErrors_SummarisesThemInTheOrderOfTheFields(string section, int errors)
    {
        var (client, id) = await DraftAsync("Errors in order on " + section);
        var form = await client.GetPageAsync($"/proposals/{id}/edit/{section}");

        var page = await client.SubmitAsync(form, BadAnswers(section));

        var fields = Summary(page).Select(e => page.Find(e.Href) ?? throw new InvalidOperationException($"Nothing on the page has the id of {e.Href}")).ToList();
        Assert.Equal(errors, fields.Count);
        var all = page.Document.All.ToList();
        var positions = fields.Select(field => all.IndexOf(field)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    private static Dictionary<string, string> BadAnswers(string section)
    {
        var tooLong = new string('x', Proposal.LongTextMaxLength + 1);
        return section switch
        {
            "staffing-impact" => new() { ["HasStaffingImpact"] = "yes", ["CurrentFte"] = "ten", ["Reductions[0].Value"] = "x", ["Reductions[2].Value"] = "y" },
            "summary" => new() { ["Summary"] = tooLong, ["OtherServicesSupport"] = tooLong, ["VoluntarySectorCapacity"] = tooLong },
            "risks" => new() { ["Risks[0].Mitigation"] = "A mitigation", ["Risks[1].Risk"] = new string('x', Risk.MaxLength + 1) },
            "resources" => new() { ["ResourcesAndImplementation"] = tooLong },
            "equality-screening" => new()
            {
                ["Answers[1].Impact"] = tooLong,
                ["Answers[5].Answer"] = "maybe",
                ["FullEqualityAnalysisRequired"] = "maybe",
                ["AdditionalInformation"] = tooLong,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
        };
    }

    private static List<(string Href, string Message)> Summary(HtmlPage page) =>
        page.FindAll(".govuk-error-summary a").Select(a => (a.GetAttribute("href")!, HtmlPage.Fold(a.TextContent))).ToList();

    /// <summary>A draft of the officer's own, made in the database: creating through the page is rate-limited per officer.</summary>
    private async Task<(HttpClient Client, int Id)> DraftAsync(string title)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled(title).BuildAsync(db));
        return (await factory.CreateClientForAsync(DemoData.Officer("RES")), proposal.Id);
    }
}
