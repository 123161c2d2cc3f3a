namespace CouncilProposals.Web.Tests.Features;

/// <summary>Each section's form: what it accepts, what it refuses and what it keeps, posted as a browser without JavaScript would.</summary>
[Collection(WebCollection.Name)]
public sealed class SectionFormTests(CouncilProposalsFactory factory)
{
    [Theory]
    [InlineData("1,234", 1234)]
    [InlineData("£1,234", 1234)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("(371)", 371)]
    public async Task Financial_UnderstandsAmountsAsAccountantsTypeThem(string typed, decimal expected)
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Amount format " + typed);
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["CurrentBudget"] = "5,000", ["Lines[0].Amount"] = typed });

        Assert.Contains("Financial impact saved", page.Text, StringComparison.Ordinal);
        var line = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).SelectMany(p => p.SavingsLines).SingleAsync());
        Assert.Equal(expected, line.Amount.Thousands);
        Assert.Equal(SavingsKind.Saving, line.Kind);
        Assert.Equal(2021, line.Year.StartYear);
    }

    [Theory]
    [InlineData("12,34")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.25")]
    [InlineData("10000000")]
    public async Task Financial_WithAnAmountItCannotRead_ShowsTheErrorBesideItAndKeepsIt(string typed)
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Bad amount " + typed);
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["CurrentBudget"] = "500", ["Lines[2].Amount"] = typed });

        Assert.NotEmpty(page.TextOf("#Lines-2-Amount-error"));
        Assert.Equal("#Lines-2-Amount", page.Find(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(typed, page.Find("#Lines-2-Amount")!.GetAttribute("value"));
        Assert.Equal("500", page.Find("#CurrentBudget")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).AnyAsync(p => p.CurrentBudget != null)));
    }

    [Fact]
    public async Task Financial_SavingsAboveTheBudget_AreRefusedUnlessIncome()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("PLA"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "PLA", "Savings above budget");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["CurrentBudget"] = "100", ["Lines[0].Amount"] = "80", ["Lines[2].Amount"] = "50" });

        Assert.Contains("cannot be more than the current budget", refused.TextOf("#CurrentBudget-error"), StringComparison.Ordinal);
        Assert.Equal("80", refused.Find("#Lines-0-Amount")!.GetAttribute("value"));

        // The same amounts as income (Lines[1] and Lines[3] are each year's income row) are allowed.
        var saved = await client.SubmitAsync(refused, new Dictionary<string, string>
        {
            ["Lines[0].Amount"] = "80",
            ["Lines[2].Amount"] = string.Empty,
            ["Lines[3].Amount"] = "50",
        });
        Assert.Contains("Financial impact saved", saved.Text, StringComparison.Ordinal);
        var details = await client.GetPageAsync($"/proposals/{id}");
        Assert.Contains("Budget (£000) 100 (80) (50) - (130)", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Financial_AddAnotherLine_ShowsAnExtraRowKeepingWhatWasTyped_AndTheExtraLineNeedsADescription()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("GOV"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "GOV", "Two lines in a year");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        var withExtra = await client.SubmitAsync(form, new Dictionary<string, string> { ["CurrentBudget"] = "900", ["Lines[0].Amount"] = "100", ["Action"] = "add:2021" });

        Assert.Equal("900", withExtra.Find("#CurrentBudget")!.GetAttribute("value"));
        Assert.Equal("100", withExtra.Find("#Lines-0-Amount")!.GetAttribute("value"));
        Assert.Contains("Another line for 2021-22", withExtra.Text, StringComparison.Ordinal);
        Assert.Equal("(100)", withExtra.Find("[data-total-year='2021']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).AnyAsync(p => p.CurrentBudget != null)));

        var needsDescription = await client.SubmitAsync(withExtra, new Dictionary<string, string> { ["Lines[2].Amount"] = "40" });
        Assert.Contains("2021-22, line 3: describe this saving line", needsDescription.Text, StringComparison.Ordinal);

        var saved = await client.SubmitAsync(needsDescription, new Dictionary<string, string>
        {
            ["Lines[0].Description"] = "Printing contract",
            ["Lines[2].Description"] = "Postage",
        });
        Assert.Contains("Financial impact saved", saved.Text, StringComparison.Ordinal);
        var lines = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).SelectMany(p => p.SavingsLines).OrderBy(l => l.Description).ToListAsync());
        Assert.Equal(["Postage", "Printing contract"], lines.Select(l => l.Description));
        var details = await client.GetPageAsync($"/proposals/{id}");
        Assert.Contains("Budget (£000) 900 (140) - - (140)", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staffing_NoImpact_ShowsNotApplicableEverywhere()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("CHI"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "CHI", "No staffing impact");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/staffing-impact");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["HasStaffingImpact"] = "no" });

        Assert.Contains("Staffing impact Completed", page.Text, StringComparison.Ordinal);
        var details = await client.GetPageAsync($"/proposals/{id}");
        Assert.Contains("Employees (FTE) or state N/A N/A N/A N/A N/A N/A", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staffing_ReductionsAboveCurrentFte_AreRefusedWithInputKept()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("CHI"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "CHI", "Too many posts");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/staffing-impact");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["HasStaffingImpact"] = "yes",
            ["CurrentFte"] = "5",
            ["Reductions[0].Value"] = "4",
            ["Reductions[1].Value"] = "2.5",
        });

        Assert.Contains("cannot be more than the current FTE", refused.TextOf("#CurrentFte-error"), StringComparison.Ordinal);
        Assert.Equal("2.5", refused.Find("#Reductions-1-Value")!.GetAttribute("value"));

        var saved = await client.SubmitAsync(refused, new Dictionary<string, string> { ["CurrentFte"] = "12.5" });
        Assert.Contains("Staffing impact saved", saved.Text, StringComparison.Ordinal);
        var details = await client.GetPageAsync($"/proposals/{id}");
        Assert.Contains("Employees (FTE) or state N/A 12.5 4.0 2.5 - 6.5", details.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("1,5")]
    [InlineData("0,5")]
    [InlineData("12,50")]
    public async Task Staffing_FteThatIsNotANumber_ShowsAnErrorAndSavesNothing(string typed)
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("CHI"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "CHI", "FTE typo");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/staffing-impact");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["HasStaffingImpact"] = "yes", ["CurrentFte"] = typed });

        Assert.Contains("Enter the current FTE as a number", page.TextOf("#CurrentFte-error"), StringComparison.Ordinal);
        Assert.Equal(typed, page.Find("#CurrentFte")!.GetAttribute("value"));
        Assert.Null(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.CurrentFte).SingleAsync()));
    }

    [Fact]
    public async Task Summary_SavesTheSummaryAndTheFiveAnswers()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("GOV"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "GOV", "Summary section test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/summary");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Summary"] = "First paragraph.\r\n\r\nSecond paragraph.",
            ["OtherServicesSupport"] = "A1",
            ["PrecedentForWithdrawal"] = "A2",
            ["CommunityAdaptation"] = "A3",
            ["BestPractice"] = "A4",
        });

        Assert.Contains("Summary and the five questions Answer question 5. In progress", page.Text, StringComparison.Ordinal);
        var again = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{id}/edit/summary"), new Dictionary<string, string> { ["VoluntarySectorCapacity"] = "A5" });
        Assert.Contains("Summary and the five questions Completed", again.Text, StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("A5", saved.VoluntarySectorCapacity);
        Assert.Contains("Second paragraph.", saved.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_TooLongAnswer_IsRefusedAndShowsTheLimit()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("GOV"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "GOV", "Summary limit test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/summary");

        Assert.Contains("You can enter up to 5,000 characters", form.TextOf("#BestPractice-info"), StringComparison.Ordinal);
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["BestPractice"] = new string('a', Proposal.AnswerMaxLength + 1) });

        Assert.Contains("5,000 characters or fewer", page.TextOf("#BestPractice-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_AddRemoveAndReorderWithoutJavaScript_ThenSave()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Risks section test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/risks");

        var two = await client.SubmitAsync(form, new Dictionary<string, string> { ["Risks[0].Risk"] = "First risk", ["Risks[0].Mitigation"] = "First mitigation", ["Action"] = "add" });
        var three = await client.SubmitAsync(two, new Dictionary<string, string> { ["Risks[1].Risk"] = "Second risk", ["Risks[1].Mitigation"] = "Second mitigation", ["Action"] = "add" });
        var typedThird = await client.SubmitAsync(three, new Dictionary<string, string> { ["Risks[2].Risk"] = "Third risk", ["Risks[2].Mitigation"] = "Third mitigation", ["Action"] = "up:2" });
        Assert.Equal("Third risk", typedThird.Find("#Risks-1-Risk")!.TextContent);
        var removed = await client.SubmitAsync(typedThird, new Dictionary<string, string> { ["Action"] = "remove:0" });
        var moved = await client.SubmitAsync(removed, new Dictionary<string, string> { ["Action"] = "down:0" });

        var saved = await client.SubmitAsync(moved);

        Assert.Contains("Risks and mitigations Completed", saved.Text, StringComparison.Ordinal);
        var risks = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).SelectMany(p => p.Risks).OrderBy(r => r.Order).ToListAsync());
        Assert.Equal(["Second risk", "Third risk"], risks.Select(r => r.Description));
        Assert.Equal(["Second mitigation", "Third mitigation"], risks.Select(r => r.Mitigation));
    }

    [Fact]
    public async Task Risks_MitigationWithoutARisk_ShowsAnError()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Mitigation only");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/risks");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Risks[0].Mitigation"] = "A mitigation" });

        Assert.Contains("Describe the risk this mitigation is for", page.TextOf("#Risks-0-Risk-error"), StringComparison.Ordinal);
        Assert.Equal("A mitigation", page.Find("#Risks-0-Mitigation")!.TextContent);
    }

    [Fact]
    public async Task Resources_Saves()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Resources section test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/resources");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "A project manager." });

        Assert.Contains("Resources and implementation Completed", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_GroupsTheQuestionsAsTheToolDoes()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "HAC", "Screening layout");

        var form = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");

        TextAssert.InOrder(form.Text,
        [
            ScreeningTool.Question(ScreeningTrigger.DirectImpactOnFrontLineServices), "Changes to a Service",
            ScreeningTool.Question(ScreeningTrigger.AltersEligibility), ScreeningTool.Question(ScreeningTrigger.AltersAccess), "Changes to Staffing",
            ScreeningTool.Question(ScreeningTrigger.ReducesStaff), ScreeningTool.Question(ScreeningTrigger.RedesignsStaffRoles),
            ScreeningTool.FullEaQuestionOnScreen, "Why is a full Equality Analysis not required?",
        ]);
    }

    [Fact]
    public async Task Screening_YesWithoutFullEa_SavesAsDraftButNeedsAReasonToSubmit()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await ProposalEditorTests.CreateAsync(client, "HAC", "Screening reason");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");
        var answers = Enumerable.Range(0, 7).ToDictionary(i => $"Answers[{i}].Answer", i => i == 0 ? "yes" : "no");
        answers["Answers[0].Impact"] = "Fewer resources for deprived areas";
        answers["FullEqualityAnalysisRequired"] = "no";

        var page = await client.SubmitAsync(form, answers);

        Assert.Contains("Equality screening Say why a full Equality Analysis is not needed. In progress", page.Text, StringComparison.Ordinal);
        var again = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");
        Assert.Contains("Give the reason before you submit", again.Text, StringComparison.Ordinal);
        var done = await client.SubmitAsync(again, new Dictionary<string, string> { ["NoFullEqualityAnalysisReason"] = "The programme is replaced by an equivalent service." });
        Assert.Contains("Equality screening Completed", done.Text, StringComparison.Ordinal);
    }
}
