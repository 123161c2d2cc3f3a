using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>A proposal's way from officer to Cabinet through the pages, with segregation of duties and the audit trail.</summary>
[Collection(WebCollection.Name)]
public sealed class ApprovalJourneyTests(CouncilProposalsFactory factory)
{
    private static readonly string Officer = DemoData.Officer("PLA");
    private static readonly string Director = DemoData.Director("PLA");

    [Fact]
    public async Task FullJourney_SubmitReturnResubmitApproveAgree_IsShownAndAuditedStepByStep()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Titled("Journey through approval").Complete().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(Officer);
        var director = await factory.CreateClientForAsync(Director);
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var submitted = await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));
        Assert.Contains("Proposal submitted for approval", submitted.Text, StringComparison.Ordinal);

        Assert.Contains("Journey through approval", await HomeLists.TextAsync(director, HomeLists.AwaitingApproval), StringComparison.Ordinal);
        var returned = await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/return"), new Dictionary<string, string> { ["Reasons"] = "Evidence the 2021-22 saving." });
        Assert.Contains("Proposal returned to the officer", returned.Text, StringComparison.Ordinal);

        Assert.Contains("Evidence the 2021-22 saving.", await HomeLists.TextAsync(officer, HomeLists.ReturnedToMe), StringComparison.Ordinal);
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Evidence added." });
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));

        var approved = await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/approve"));
        Assert.Contains("Proposal approved", approved.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Journey through approval", await HomeLists.TextAsync(director, HomeLists.AwaitingApproval), StringComparison.Ordinal);

        var agreed = await corporate.SubmitAsync(await corporate.GetPageAsync($"/proposals/{proposal.Id}/decision"), CabinetDecisionForm.Fields("agreed"));
        Assert.Contains("Cabinet's decision recorded", agreed.Text, StringComparison.Ordinal);
        Assert.Contains("Agreed by Cabinet", agreed.Text, StringComparison.Ordinal);
        Assert.Contains("Mayor in Cabinet", agreed.TextOf("main"), StringComparison.Ordinal);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ProposalId == proposal.Id).OrderBy(e => e.Id).ToListAsync());
        var statusChanges = audit.Where(e => e.Action == "Status changed").Select(e => (e.UserName, e.Comment)).ToList();
        Assert.Equal(
            [(Officer, null), (Director, "Evidence the 2021-22 saving."), (Officer, null), (Director, null), (DemoUsers.CorporateFinance, null)],
            statusChanges);
        Assert.Contains(audit, e => e.Action == "Edited" && e.UserName == Officer && e.Changes.Contains("Evidence added.", StringComparison.Ordinal));

        var history = await officer.GetPageAsync($"/proposals/{proposal.Id}/history");
        var titles = history.FindAll(".app-timeline__title").Select(t => HtmlPage.Fold(t.TextContent)).ToList();
        Assert.Equal("Status changed: Approved by director to Agreed by Cabinet", titles[0]);
        Assert.Contains("Status changed: Submitted to Returned", titles);
        Assert.Contains("Evidence the 2021-22 saving.", history.Text, StringComparison.Ordinal);
        // Other tests move the shared clock, so the expected time is the decision's own, as the council reads it.
        var decidedAt = TimeZoneInfo.ConvertTime(audit.Last(e => e.Action == "Status changed").At, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var shown = decidedAt.ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
        Assert.Contains($"By {DemoUsers.CorporateFinance}, {shown}", history.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ByTheDirectorWhoWroteIt_IsForbiddenAndNotOfferedAtHome()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").CreatedBy(Director).Titled("Written by the director").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(Director, followRedirects: false);

        var response = await director.PostWithTokenAsync($"/proposals/{proposal.Id}/approve", new Dictionary<string, string> { ["Version"] = proposal.Version.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
        Assert.DoesNotContain("Written by the director", await HomeLists.TextAsync(director, HomeLists.AwaitingApproval), StringComparison.Ordinal);
        Assert.Empty((await director.GetPageAsync($"/proposals/{proposal.Id}")).FindAll("a[href$='/approve']"));
    }

    [Fact]
    public async Task Approve_ByACoAuthorWhoIsNeitherCreatorNorLastEditor_IsForbiddenAndNotOfferedAtHome()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Titled($"Co-written {Unique.Word()}").Complete().BuildAsync(db));
        var coAuthor = await CreateOfficerAndDirectorAsync(await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "PLA").Select(d => d.Id).SingleAsync()));
        var coAuthorClient = await factory.CreateClientForAsync(coAuthor);
        var officer = await factory.CreateClientForAsync(Officer);
        await coAuthorClient.SubmitAsync(await coAuthorClient.GetPageAsync($"/proposals/{proposal.Id}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = "The co-author's paragraph." });
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = "The officer's final wording." });
        await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));
        var version = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Version).SingleAsync());

        var response = await (await factory.CreateClientForAsync(coAuthor, followRedirects: false))
            .PostWithTokenAsync($"/proposals/{proposal.Id}/approve", new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
        Assert.DoesNotContain(proposal.Title, await HomeLists.TextAsync(coAuthorClient, HomeLists.AwaitingApproval), StringComparison.Ordinal);
        Assert.Contains(proposal.Title, await HomeLists.TextAsync(await factory.CreateClientForAsync(Director), HomeLists.AwaitingApproval), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProposalStatus.Approved)]
    [InlineData(ProposalStatus.AgreedByCabinet)]
    public async Task Edit_AfterApproval_IsRefusedUntilReopened(ProposalStatus status)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(status).BuildAsync(db));
        var officer = await factory.CreateClientForAsync(Officer, followRedirects: false);

        var response = await officer.PostWithTokenAsync($"/proposals/{proposal.Id}/edit/resources", new Dictionary<string, string>
        {
            ["Version"] = proposal.Version.ToString(),
            ["ResourcesAndImplementation"] = "Sneaked in after approval",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/proposals/{proposal.Id}", response.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal(proposal.Version, saved.Version);
        Assert.NotEqual("Sneaked in after approval", saved.ResourcesAndImplementation);
        Assert.Empty((await officer.GetPageAsync($"/proposals/{proposal.Id}")).FindAll($"a[href='/proposals/{proposal.Id}/edit']"));
    }

    [Fact]
    public async Task Reopen_ByCorporateFinance_MakesItADraftWithTheReasonAsComment()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await corporate.SubmitAsync(await corporate.GetPageAsync($"/proposals/{proposal.Id}/reopen"), new Dictionary<string, string> { ["Reason"] = "Cabinet asked for a phased saving." });

        Assert.Contains("Proposal reopened", page.Text, StringComparison.Ordinal);
        Assert.Contains("Reopened by Corporate Finance Cabinet asked for a phased saving.", page.Text, StringComparison.Ordinal);
        var last = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ProposalId == proposal.Id).OrderBy(e => e.Id).LastAsync());
        Assert.Equal(("Status changed", "Cabinet asked for a phased saving.", DemoUsers.CorporateFinance), (last.Action, last.Comment, last.UserName));
    }

    [Fact]
    public async Task Return_WithoutReasons_ShowsTheErrorAndChangesNothing()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(Director);

        var page = await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/return"), new Dictionary<string, string> { ["Reasons"] = " " });

        Assert.Contains("Enter the reasons for returning the proposal", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task CabinetDecision_NotAgreed_NeedsAReasonAndShowsItInTheRecordOfDecision()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await corporate.GetPageAsync($"/proposals/{proposal.Id}/decision");
        var fields = CabinetDecisionForm.Fields("not-agreed");

        var missing = await corporate.SubmitAsync(form, fields);
        fields["Reason"] = "Deferred to the next cycle.";
        var recorded = await corporate.SubmitAsync(missing, fields);

        Assert.Contains("Enter the reason Cabinet did not agree the proposal", missing.Text, StringComparison.Ordinal);
        Assert.Contains("Decision Proposal NOT agreed Reasons Deferred to the next cycle.", recorded.Text, StringComparison.Ordinal);
        var last = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ProposalId == proposal.Id).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("Deferred to the next cycle.", last.Comment);
    }

    [Fact]
    public async Task Approve_AfterSomeoneElseChangedTheProposal_ShowsItAsItIsNowAndApprovesNothing()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").Titled("Changed while deciding").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));
        var form = await director.GetPageAsync($"/proposals/{proposal.Id}/approve");
        // Another save in the meantime gives the proposal a new version.
        var newer = Guid.NewGuid();
        await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, newer)));

        var page = await director.SubmitAsync(form);

        Assert.Contains("Someone changed this proposal after you opened this page. Check the proposal as it is now, then decide again.", page.Text, StringComparison.Ordinal);
        Assert.Equal(newer.ToString(), page.Find("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Approve_OnTheCurrentVersion_ApprovesAndSaysSoOnTheProposalPage()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));

        var page = await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/approve"));

        Assert.Equal($"/proposals/{proposal.Id}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Proposal approved", page.Text, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Approved, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    private async Task<string> CreateOfficerAndDirectorAsync(int directorateId)
    {
        var email = $"co.author.{Guid.NewGuid():N}@council.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewAccount(email, "Co Author", DemoUsers.Password, [Roles.FinanceOfficer, Roles.Director], [directorateId]));
        Assert.True(result.Succeeded);
        return email;
    }
}
