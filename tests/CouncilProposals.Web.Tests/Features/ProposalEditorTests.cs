using System.Globalization;

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
        Assert.Equal($"/proposals/{proposal.Id}/edit/financial-impact?returnTo=check#CurrentBudget", check.FindAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).First(h => h!.Contains("financial-impact", StringComparison.Ordinal)));

        var page = await client.SubmitAsync(check);

        Assert.Equal($"/proposals/{proposal.Id}/submitted", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Proposal submitted for approval", page.TextOf(".govuk-panel"), StringComparison.Ordinal);
        Assert.Contains(proposal.Reference, page.TextOf(".govuk-panel"), StringComparison.Ordinal);
        Assert.Contains("What happens next", page.Text, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
        Assert.Null(page.Find($"a[href='/proposals/{proposal.Id}/edit']"));
    }

    [Fact]
    public async Task Submitted_OfADraft_GoesToTheProposalPage()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));

        var page = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetPageAsync($"/proposals/{proposal.Id}/submitted");

        Assert.Equal($"/proposals/{proposal.Id}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Submit_RefreshedAfterARefusal_ShowsCheckYourAnswersAgain()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await client.GetPageAsync($"/proposals/{proposal.Id}/submit");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal($"/proposals/{proposal.Id}/check", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Details_OfASubmittedProposal_OffersWithdrawLastAsALink()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(ProposalStatus.Submitted).BuildAsync(db));

        var page = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetPageAsync($"/proposals/{proposal.Id}");

        var actions = page.FindAll(".govuk-button-group > a").ToList();
        Assert.Contains("Withdraw the proposal", actions[^1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-button", actions[^1].ClassName, StringComparison.Ordinal);
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

        // The officer may have started this proposal in an empty draft of theirs, so take the latest edit.
        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ProposalId == id && e.Action == "Edited").OrderBy(e => e.Id).LastAsync());
        Assert.Equal(DemoData.Officer("RES"), entry.UserName);
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
        var directorate = DirectorateOf(form, ReferenceData.Directorates.Single(d => d.Code == directorateCode).Name);
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

    /// <summary>The directorate's id on the create form: chosen from the list, or the only one an officer of one directorate has.</summary>
    private static string DirectorateOf(HtmlPage form, string name)
    {
        if (form.FindAll("#DirectorateId option") is { Count: > 0 } options)
        {
            return options.Single(o => o.TextContent == name).GetAttribute("value")!;
        }

        Assert.Contains($"Directorate {name}", form.TextOf("main form"), StringComparison.Ordinal);
        return form.Find("input[name=DirectorateId]")!.GetAttribute("value")!;
    }
}
