using System.Globalization;
using System.Net;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.TestSupport;
using CouncilProposals.Web.Hosting.Seeding;
using CouncilProposals.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Tests.Features;

/// <summary>An officer writes a proposal section by section, as a browser without JavaScript would post it.</summary>
[Collection(WebCollection.Name)]
public sealed class ProposalEditorTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Create_AssignsTheReferenceAndShowsItOnTheTaskList()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("PLA"));

        var (id, page) = await CreateAsync(client, "PLA", "Street lighting LED upgrade");

        var reference = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Reference).SingleAsync());
        Assert.Matches(@"^SAV / PLA \d{3,} / 21-22$", reference);
        Assert.Contains($"Proposal created. Its reference is {reference}", page.Text, StringComparison.Ordinal);
        TextAssert.InOrder(page.Text,
        [
            "Proposal details Not started", "Financial impact Not started", "Staffing impact Not started",
            "Summary and the five questions Not started", "Risks and mitigations Not started", "Resources and implementation Not started",
            "Equality screening Not started", "Check your answers and submit",
        ]);
    }

    [Fact]
    public async Task Create_WithoutTitleOrDirectorate_ShowsErrorsAndKeepsInput()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync("/proposals/create");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = string.Empty, ["DirectorateId"] = string.Empty });

        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
        Assert.Equal("#DirectorateId", page.FindAll(".govuk-error-summary a").First(a => a.TextContent.Contains("directorate", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.Contains("Enter the proposal title", page.TextOf("#Title-error"), StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_InAClosedCycle_IsRefused()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync("/proposals/create");
        var closed = await factory.WithDbAsync(db => db.Cycles.Where(c => !c.IsOpen).Select(c => c.Id).FirstAsync());
        var directorate = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "RES").Select(d => d.Id).SingleAsync());

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CycleId"] = closed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectorateId"] = directorate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Late proposal",
        });

        Assert.Contains("closed to new proposals", page.TextOf("#CycleId-error"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Proposals.AnyAsync(p => p.Title == "Late proposal")));
    }

    [Fact]
    public async Task Details_SavesTheIdentityGridAndCompletesTheTask()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await CreateAsync(client, "HAC", "Details section test");
        var lists = await factory.WithDbAsync(async db => (
            Type: await db.SavingsTypes.Where(t => t.Name == GoldenSample.SavingsType).Select(t => t.Id).SingleAsync(),
            Area: await db.ServiceAreas.Where(a => a.Name == GoldenSample.ServiceArea).Select(a => a.Id).SingleAsync(),
            Outcome: await db.StrategicPriorityOutcomes.Where(o => o.Number == GoldenSample.OutcomeNumber).Select(o => o.Id).SingleAsync()));
        var form = await client.GetPageAsync($"/proposals/{id}/edit/details");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["SavingsTypeId"] = lists.Type.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceAreaId"] = lists.Area.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectorateService"] = GoldenSample.DirectorateService,
            ["StrategicPriorityOutcomeId"] = lists.Outcome.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LeadOfficerAndPost"] = GoldenSample.LeadOfficer,
            ["LeadMemberAndPortfolio"] = GoldenSample.LeadMember,
        });

        Assert.Contains("Proposal details saved", page.Text, StringComparison.Ordinal);
        Assert.Contains("Proposal details Completed", page.Text, StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(GoldenSample.LeadOfficer, saved.LeadOfficerAndPost);
        Assert.Equal(lists.Outcome, saved.StrategicPriorityOutcomeId);
        Assert.Equal(DemoData.Officer("HAC"), saved.LastEditedBy);
    }

    [Fact]
    public async Task Details_WithTooLongTitle_ShowsErrorAndKeepsWhatWasTyped()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await CreateAsync(client, "HAC", "Long title test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/details");
        var tooLong = new string('x', Proposal.TitleMaxLength + 1);

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = tooLong, ["LeadOfficerAndPost"] = "Typed officer" });

        Assert.Contains("Proposal title must be 200 characters or fewer", page.TextOf("#Title-error"), StringComparison.Ordinal);
        Assert.Equal("#Title", page.Find(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(tooLong, page.Find("textarea#Title")!.TextContent);
        Assert.Equal("Typed officer", page.Find("#LeadOfficerAndPost")!.GetAttribute("value"));
        Assert.Equal("Long title test", await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("1,234", 1234)]
    [InlineData("£1,234", 1234)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("(371)", 371)]
    public async Task Financial_UnderstandsAmountsAsAccountantsTypeThem(string typed, decimal expected)
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await CreateAsync(client, "RES", "Amount format " + typed);
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
        var (id, _) = await CreateAsync(client, "RES", "Bad amount " + typed);
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
        var (id, _) = await CreateAsync(client, "PLA", "Savings above budget");
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
        var (id, _) = await CreateAsync(client, "GOV", "Two lines in a year");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/financial-impact");

        var withExtra = await client.SubmitAsync(form, new Dictionary<string, string> { ["CurrentBudget"] = "900", ["Lines[0].Amount"] = "100", ["Action"] = "add:2021" });

        Assert.Equal("900", withExtra.Find("#CurrentBudget")!.GetAttribute("value"));
        Assert.Equal("100", withExtra.Find("#Lines-0-Amount")!.GetAttribute("value"));
        Assert.Contains("Another line for 2021-22", withExtra.Text, StringComparison.Ordinal);
        Assert.Equal("(100)", withExtra.Find("[data-total-year='2021']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).AnyAsync(p => p.CurrentBudget != null)));

        var needsDescription = await client.SubmitAsync(withExtra, new Dictionary<string, string> { ["Lines[2].Amount"] = "40" });
        Assert.Contains("Describe this saving line", needsDescription.Text, StringComparison.Ordinal);

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
        var (id, _) = await CreateAsync(client, "CHI", "No staffing impact");
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
        var (id, _) = await CreateAsync(client, "CHI", "Too many posts");
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
        Assert.Contains("Employees (FTE) or state N/A 12.5 4 2.5 - 6.5", details.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("1,5")]
    [InlineData("0,5")]
    [InlineData("12,50")]
    public async Task Staffing_FteThatIsNotANumber_ShowsAnErrorAndSavesNothing(string typed)
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("CHI"));
        var (id, _) = await CreateAsync(client, "CHI", "FTE typo");
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
        var (id, _) = await CreateAsync(client, "GOV", "Summary section test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/summary");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Summary"] = "First paragraph.\r\n\r\nSecond paragraph.",
            ["OtherServicesSupport"] = "A1",
            ["PrecedentForWithdrawal"] = "A2",
            ["CommunityAdaptation"] = "A3",
            ["BestPractice"] = "A4",
        });

        Assert.Contains("Summary and the five questions In progress", page.Text, StringComparison.Ordinal);
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
        var (id, _) = await CreateAsync(client, "GOV", "Summary limit test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/summary");

        Assert.Contains("You can enter up to 5,000 characters", form.TextOf("#BestPractice-info"), StringComparison.Ordinal);
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["BestPractice"] = new string('a', Proposal.AnswerMaxLength + 1) });

        Assert.Contains("5,000 characters or fewer", page.TextOf("#BestPractice-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_AddRemoveAndReorderWithoutJavaScript_ThenSave()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await CreateAsync(client, "RES", "Risks section test");
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
        var (id, _) = await CreateAsync(client, "RES", "Mitigation only");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/risks");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Risks[0].Mitigation"] = "A mitigation" });

        Assert.Contains("Describe the risk this mitigation is for", page.TextOf("#Risks-0-Risk-error"), StringComparison.Ordinal);
        Assert.Equal("A mitigation", page.Find("#Risks-0-Mitigation")!.TextContent);
    }

    [Fact]
    public async Task Resources_Saves()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await CreateAsync(client, "RES", "Resources section test");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/resources");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "A project manager." });

        Assert.Contains("Resources and implementation Completed", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_GroupsTheQuestionsAsTheToolDoes()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await CreateAsync(client, "HAC", "Screening layout");

        var form = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");

        TextAssert.InOrder(form.Text,
        [
            ScreeningTool.Question(ScreeningTrigger.DirectImpactOnFrontLineServices), "Changes to a Service",
            ScreeningTool.Question(ScreeningTrigger.AltersEligibility), ScreeningTool.Question(ScreeningTrigger.AltersAccess), "Changes to Staffing",
            ScreeningTool.Question(ScreeningTrigger.ReducesStaff), ScreeningTool.Question(ScreeningTrigger.RedesignsStaffRoles),
            ScreeningTool.FullEaQuestion, "Why is a full Equality Analysis not required?",
        ]);
    }

    [Fact]
    public async Task Screening_YesWithoutFullEa_SavesAsDraftButNeedsAReasonToSubmit()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var (id, _) = await CreateAsync(client, "HAC", "Screening reason");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");
        var answers = Enumerable.Range(0, 7).ToDictionary(i => $"Answers[{i}].Answer", i => i == 0 ? "yes" : "no");
        answers["Answers[0].Impact"] = "Fewer resources for deprived areas";
        answers["FullEqualityAnalysisRequired"] = "no";

        var page = await client.SubmitAsync(form, answers);

        Assert.Contains("Equality screening In progress", page.Text, StringComparison.Ordinal);
        var again = await client.GetPageAsync($"/proposals/{id}/edit/equality-screening");
        Assert.Contains("Give the reason before you submit", again.Text, StringComparison.Ordinal);
        var done = await client.SubmitAsync(again, new Dictionary<string, string> { ["NoFullEqualityAnalysisReason"] = "The programme is replaced by an equivalent service." });
        Assert.Contains("Equality screening Completed", done.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenIncomplete_ListsWhatIsMissingWithLinksToTheSections()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("GOV"));
        var (id, _) = await CreateAsync(client, "GOV", "Incomplete submit");
        var check = await client.GetPageAsync($"/proposals/{id}/check");

        var page = await client.SubmitAsync(check);

        Assert.Contains("The proposal cannot be submitted yet", page.Text, StringComparison.Ordinal);
        var links = page.FindAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/proposals/{id}/edit/details", links);
        Assert.Contains($"/proposals/{id}/edit/financial-impact", links);
        Assert.Contains($"/proposals/{id}/edit/equality-screening", links);
        Assert.Equal(ProposalStatus.Draft, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Submit_WhenScreeningNeedsAReason_ShowsError()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/equality-screening");
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Answers[2].Answer"] = "yes", ["FullEqualityAnalysisRequired"] = "no" });

        var page = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposal.Id}/check"));

        Assert.Contains("give the reason a full EA is not required", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenComplete_SubmitsAndShowsTheProposal()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var check = await client.GetPageAsync($"/proposals/{proposal.Id}/check");
        Assert.Equal($"/proposals/{proposal.Id}/edit/financial-impact", check.FindAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).First(h => h!.EndsWith("financial-impact", StringComparison.Ordinal)));

        var page = await client.SubmitAsync(check);

        Assert.Contains("Proposal submitted for approval", page.Text, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
        Assert.Null(page.Find($"a[href='/proposals/{proposal.Id}/edit']"));
    }

    [Fact]
    public async Task Edit_OfASubmittedProposal_GoesToTheProposalPage()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(ProposalStatus.Submitted).BuildAsync(db));

        var page = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetPageAsync($"/proposals/{proposal.Id}/edit/summary");

        Assert.Equal($"/proposals/{proposal.Id}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Details_OfADraft_OffersToContinueWriting()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));

        var page = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetPageAsync($"/proposals/{proposal.Id}");

        Assert.Contains("Continue writing", page.TextOf($"a[href='/proposals/{proposal.Id}/edit']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_RecordsWhoChangedWhichFieldsInTheAudit()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var (id, _) = await CreateAsync(client, "RES", "Audit of a section save");
        var form = await client.GetPageAsync($"/proposals/{id}/edit/resources");

        await client.SubmitAsync(form, new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Two analysts." });

        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ProposalId == id && e.Action == "Edited").SingleAsync());
        Assert.Contains("Resources and Implementation", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("Two analysts.", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section_OfAnUnknownProposal_IsNotFound()
    {
        var response = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetAsync(new Uri("/proposals/999999/edit/details", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<(int Id, HtmlPage TaskList)> CreateAsync(HttpClient client, string directorateCode, string title)
    {
        var form = await client.GetPageAsync("/proposals/create");
        var directorate = form.FindAll("#DirectorateId option").Single(o => o.TextContent == ReferenceData.Directorates.Single(d => d.Code == directorateCode).Name).GetAttribute("value")!;
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["DirectorateId"] = directorate, ["Title"] = title });
        var path = page.Response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches(@"^/proposals/\d+/edit$", path);
        return (int.Parse(path.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture), page);
    }

    [Fact]
    public async Task History_AfterChoosingListEntries_ShowsTheirNamesFromAndTo()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var (first, second) = await factory.WithDbAsync(async db =>
        {
            var types = await db.SavingsTypes.AsNoTracking().OrderBy(t => t.SortOrder).Take(2).ToListAsync();
            return (types[0], types[1]);
        });
        var officer = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var url = $"/proposals/{proposal.Id}/edit/details";
        await officer.SubmitAsync(await officer.GetPageAsync(url), new Dictionary<string, string> { ["SavingsTypeId"] = first.Id.ToString(CultureInfo.InvariantCulture) });
        await officer.SubmitAsync(await officer.GetPageAsync(url), new Dictionary<string, string> { ["SavingsTypeId"] = second.Id.ToString(CultureInfo.InvariantCulture) });

        var history = await officer.GetPageAsync($"/proposals/{proposal.Id}/history");

        var change = history.FindAll(".govuk-summary-list__row").First(r => HtmlPage.Fold(r.QuerySelector("dt")!.TextContent) == "Savings Type");
        Assert.Equal($"From: {first.Name}", HtmlPage.Fold(change.QuerySelector(".app-change__old")!.TextContent));
        Assert.Equal($"to: {second.Name}", HtmlPage.Fold(change.QuerySelector(".app-change__new")!.TextContent));
    }
}
