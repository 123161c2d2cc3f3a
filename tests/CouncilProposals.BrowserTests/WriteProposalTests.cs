using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.BrowserTests;

/// <summary>An officer types the golden sample in by hand, section by section, submits it and reads it back.</summary>
[Collection(WritingCollection.Name)]
public sealed class WriteProposalTests(BrowserApp app)
{
    [Fact]
    public async Task GoldenSample_TypedInByHand_IsSubmittedAndReadsAsTheSeedShowsIt()
    {
        var page = await app.NewPageAsync(DemoData.Officer("HAC"));
        await page.GotoAsync("/proposals");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a proposal" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await Assertions.Expect(page.Locator("main form")).ToContainTextAsync($"Directorate {GoldenSample.Directorate}");
        await page.GetByLabel("Proposal Title").FillAsync(GoldenSample.Title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create proposal" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Proposal created. Its reference is SAV / HAC")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);

        await OpenTaskAsync(page, "Proposal details");
        await page.GetByLabel("Savings Type").SelectOptionAsync(new SelectOptionValue { Label = GoldenSample.SavingsType });
        await page.GetByLabel("Savings Service Area").SelectOptionAsync(new SelectOptionValue { Label = GoldenSample.ServiceArea });
        await page.GetByLabel("Directorate Service").FillAsync(GoldenSample.DirectorateService);
        await page.GetByLabel("Strategic Priority Outcome").SelectOptionAsync(new SelectOptionValue { Label = GoldenSample.Outcome });
        await page.GetByLabel("Lead Officer and Post").FillAsync(GoldenSample.LeadOfficer);
        await page.GetByLabel("Lead Member and Portfolio").FillAsync(GoldenSample.LeadMember);
        await SaveAsync(page, "Proposal details");

        await OpenTaskAsync(page, "Financial impact");
        await page.GetByLabel("Current budget 2020-21 (£000)").FillAsync("742");
        await page.GetByLabel("Savings 2021-22 (£000)").FillAsync("(371)");
        await page.GetByLabel("Savings 2022-23 (£000)").FillAsync("371");
        await page.GetByLabel("Savings 2023-24 (£000)").FillAsync("-");
        await Assertions.Expect(page.Locator("[data-total-all]")).ToHaveTextAsync("(742)");
        await SaveAsync(page, "Financial impact");

        await OpenTaskAsync(page, "Staffing impact");
        await page.GetByLabel("No staffing impact (the proposal shows N/A)").CheckAsync();
        await SaveAsync(page, "Staffing impact");

        await OpenTaskAsync(page, "Summary and the five questions");
        await page.GetByLabel("Proposal Summary").FillAsync(GoldenSample.Summary);
        await page.GetByLabel(StandardQuestions.OtherServicesSupport).FillAsync(GoldenSample.OtherServicesSupport);
        await page.GetByLabel(StandardQuestions.PrecedentForWithdrawal).FillAsync(GoldenSample.PrecedentForWithdrawal);
        await page.GetByLabel(StandardQuestions.CommunityAdaptation).FillAsync(GoldenSample.CommunityAdaptation);
        await page.GetByLabel(StandardQuestions.BestPractice).FillAsync(GoldenSample.BestPractice);
        await page.GetByLabel(StandardQuestions.VoluntarySectorCapacity).FillAsync(GoldenSample.VoluntarySectorCapacity);
        await SaveAsync(page, "Summary and the five questions");

        await OpenTaskAsync(page, "Risks and mitigations");
        await page.GetByLabel("What is the risk?").FillAsync(GoldenSample.Risk);
        await page.GetByLabel("How will it be mitigated?").FillAsync(GoldenSample.Mitigation);
        await SaveAsync(page, "Risks and mitigations");

        await OpenTaskAsync(page, "Resources and implementation");
        await page.GetByLabel("Resources and Implementation").FillAsync(GoldenSample.Resources);
        await SaveAsync(page, "Resources and implementation");

        await OpenTaskAsync(page, "Equality screening");
        for (var i = 0; i < GoldenSample.Screening.Length; i++)
        {
            var (answer, impact) = GoldenSample.Screening[i];
            await page.Locator(answer ? $"#Answers-{i}-Answer" : $"#Answers-{i}-Answer-2").CheckAsync();
            if (impact is not null)
            {
                await page.Locator($"#Answers-{i}-Impact").FillAsync(impact);
            }
        }

        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync(GoldenSample.ScreeningSummary);
        await page.Locator("#FullEqualityAnalysisRequired").CheckAsync();
        await SaveAsync(page, "Equality screening");

        await page.GetByRole(AriaRole.Link, new() { Name = "Check your answers and submit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers before submitting the proposal");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Proposal submitted for approval")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What happens next" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "View the proposal" }).ClickAsync();
        var budget = await page.GetByRole(AriaRole.Row, new() { Name = "Budget (£000)" }).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal(["742", "(371)", "(371)", "-", "(742)"], budget.Select(c => c.Trim()));
        var staffing = await page.GetByRole(AriaRole.Row, new() { Name = "Employees (FTE) or state N/A" }).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal(["N/A", "N/A", "N/A", "N/A", "N/A"], staffing.Select(c => c.Trim()));

        var text = HtmlPage.Fold(await page.Locator("main").InnerTextAsync());
        var reference = (await page.Locator(".govuk-caption-l").InnerTextAsync()).Trim();
        Assert.Matches(@"^SAV / HAC \d{3,} / 21-22$", reference);
        TextAssert.InOrder(text, ["Submitted", .. GoldenSampleText.InOrder(reference)]);
    }

    [Fact]
    public async Task SectionErrors_AreAccessibleAndLinkToTheField()
    {
        var page = await app.NewPageAsync(DemoData.Officer("RES"), width: 390, height: 844);
        await page.GotoAsync("/proposals/create");
        await page.GetByLabel("Proposal Title").FillAsync("Phone-width proposal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create proposal" }).ClickAsync();
        var taskList = page.Url;
        await OpenTaskAsync(page, "Financial impact");

        await page.GetByLabel("Savings 2021-22 (£000)").FillAsync("12,34");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.Locator(".govuk-error-summary a").First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Savings 2021-22 (£000)")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Savings 2021-22 (£000)")).ToHaveValueAsync("12,34");

        foreach (var task in new[] { "Risks and mitigations", "Staffing impact", "Equality screening" })
        {
            await page.GotoAsync(taskList);
            await OpenTaskAsync(page, task);
        }
    }

    [Fact]
    public async Task AddAnotherRisk_OpensThePageOnTheNewRisk()
    {
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").BuildAsync(db));
        var page = await app.NewPageAsync(DemoData.Officer("RES"));
        await page.GotoAsync($"/proposals/{proposal.Id}/edit/risks");
        await page.Locator("#Risks-0-Risk").FillAsync("Fewer volunteers than planned");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add another risk" }).ClickAsync();

        await Assertions.Expect(page.Locator("legend", new() { HasText = "Risk 2" })).ToBeVisibleAsync();
        Assert.Equal("Risks-1-Risk", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.Locator("#Risks-0-Risk")).ToHaveValueAsync("Fewer volunteers than planned");
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ConflictPage_ShowsTheirValueBesideYoursAndIsAccessible()
    {
        var alice = await app.NewPageAsync(DemoData.Officer("PLA"));
        await alice.GotoAsync("/proposals/create");
        await alice.GetByLabel("Proposal Title").FillAsync("Two officers at once");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Create proposal" }).ClickAsync();
        await OpenTaskAsync(alice, "Resources and implementation");
        var bob = await app.NewPageAsync(DemoData.Officer("PLA"));
        await bob.GotoAsync(alice.Url);

        await alice.GetByLabel("Resources and Implementation").FillAsync("Alice's plan");
        await SaveAsync(alice, "Resources and implementation");
        await bob.GetByLabel("Resources and Implementation").FillAsync("Bob's plan");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();

        await Assertions.Expect(bob.GetByText("Your changes have not been saved")).ToBeVisibleAsync();
        await Assertions.Expect(bob.Locator(".app-conflict-table tbody tr")).ToContainTextAsync(["Alice's plan Bob's plan"]);
        await Assertions.Expect(bob.GetByLabel("Resources and Implementation")).ToHaveValueAsync("Bob's plan");
        await BrowserApp.AssertAccessibleAsync(bob);
    }

    private static async Task OpenTaskAsync(IPage page, string task)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = task, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(task);
        await BrowserApp.AssertAccessibleAsync(page);
    }

    private static async Task SaveAsync(IPage page, string task)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{task} saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-task-list__item", new() { HasText = task }).First).ToContainTextAsync("Completed");
    }
}

/// <summary>Writing proposals adds to the list, so it has an app of its own and leaves the other browser tests' list alone.</summary>
[CollectionDefinition(Name)]
public sealed class WritingCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser: writing proposals";
}
