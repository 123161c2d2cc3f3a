using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Web.Data;

namespace CouncilProposals.Web.Tests.Features.CabinetPacks;

/// <summary>Cabinet's decisions recorded from a pack on one page: all or nothing, one history entry per proposal.</summary>
[Collection(WebCollection.Name)]
public sealed class PackDecisionsTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task RecordDecisions_ForAWholePack_RecordsEachWithItsOwnHistoryEntry()
    {
        var (pack, proposals) = await PackAsync(3);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions");

        var done = await client.SubmitAsync(form, new Dictionary<string, string>(CabinetDecisionForm.Meeting())
        {
            ["Rows[1].Outcome"] = "agreed-with-changes",
            ["Rows[1].Changes"] = "Phased over two years.",
            ["Rows[2].Outcome"] = "deferred",
        });

        Assert.Equal(["agreed", "agreed", "agreed"], form.FindAll("input[type=radio][checked]").Select(r => r.GetAttribute("value")));
        Assert.Contains("Cabinet's decisions recorded: 1 agreed, 1 agreed with changes, 1 deferred", done.Text, StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => proposals.Contains(p.Id)).ToDictionaryAsync(p => p.Id));
        Assert.Equal(ProposalStatus.AgreedByCabinet, saved[proposals[0]].Status);
        Assert.Equal((CabinetOutcome.AgreedWithChanges, "Phased over two years.", pack.Id), (saved[proposals[1]].CabinetDecision!.Outcome, saved[proposals[1]].CabinetDecision!.Changes, saved[proposals[1]].CabinetDecision!.PackId));
        Assert.Equal(new DateOnly(2026, 2, 17), saved[proposals[1]].CabinetDecision!.DecisionDate);
        Assert.Equal(ProposalStatus.Approved, saved[proposals[2]].Status);
        Assert.Null(saved[proposals[2]].CabinetDecision);

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ProposalId != null && proposals.Contains(e.ProposalId.Value) && e.Comment != null && e.Comment.Contains(pack.Title)).ToListAsync());
        Assert.Equal(proposals.Order(), entries.Select(e => e.ProposalId!.Value).Order());
        var deferral = await client.GetPageAsync($"/proposals/{proposals[2]}/history");
        Assert.Contains("Deferred by Cabinet", deferral.Text, StringComparison.Ordinal);
        Assert.Contains("Deferred (Mayor in Cabinet, Executive Mayor, 17 February 2026)", deferral.Text, StringComparison.Ordinal);

        var page = await client.GetPageAsync($"/proposals/{proposals[1]}");
        var record = page.FindAll(".govuk-summary-list__row").Select(r => $"{HtmlPage.Fold(r.Children[0].TextContent)}: {HtmlPage.Fold(r.Children[1].TextContent)}").ToList();
        Assert.Contains("Decision: Proposal agreed with changes", record);
        Assert.Contains("Agreed changes: Phased over two years.", record);
        Assert.Contains("Decision maker: Mayor in Cabinet", record);
        Assert.Contains($"Cabinet pack: {pack.Title} (Cabinet, 17 February 2026)", record);
        var pdf = PdfText.Read(await client.GetByteArrayAsync(new Uri($"/proposals/{proposals[1]}/pdf", UriKind.Relative)));
        Assert.Contains(PdfText.Squash("Record of decision Decision Proposal agreed with changes Agreed changes Phased over two years."), PdfText.Squash(pdf.All), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordDecisions_WithOneRowInvalid_RecordsNothingAndShowsEveryErrorBesideItsFieldAndInOrder()
    {
        var (pack, proposals) = await PackAsync(3);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions");
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var page = await client.SubmitAsync(form, new Dictionary<string, string>(CabinetDecisionForm.Meeting())
        {
            ["DecisionMaker"] = " ",
            ["Month"] = "Febtember",
            ["Rows[0].Outcome"] = "agreed-with-changes",
            ["Rows[0].Changes"] = "Typed changes stay.",
            ["Rows[2].Outcome"] = "not-agreed",
            ["Rows[2].Reason"] = string.Empty,
        });

        var reference = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposals[2]).Select(p => p.Reference).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(
            ["Enter who made the decision", "Enter the month as a number or a name, like 2, Feb or February", $"Enter the reason Cabinet did not agree {reference}"],
            page.FindAll(".govuk-error-summary__list a").Select(a => HtmlPage.Fold(a.TextContent)));
        Assert.Equal(["#DecisionMaker", "#Day", "#Rows-2-Reason"], page.FindAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains($"Enter the reason Cabinet did not agree {reference}", page.TextOf("#Rows-2-Reason-error"), StringComparison.Ordinal);
        Assert.Contains("Enter the month as a number or a name", page.TextOf("#Day-error"), StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", page.Text, StringComparison.Ordinal);
        Assert.Equal("Febtember", page.Find("#Month")!.GetAttribute("value"));
        Assert.Equal("Typed changes stay.", page.Find("#Rows-0-Changes")!.TextContent);
        Assert.Equal("agreed-with-changes", page.Find("input[name='Rows[0].Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.All(await factory.WithDbAsync(db => db.Proposals.Where(p => proposals.Contains(p.Id)).Select(p => p.Status).ToListAsync()), s => Assert.Equal(ProposalStatus.Approved, s));
    }

    [Fact]
    public async Task RecordDecisions_ForAProposalNoLongerAwaiting_RecordsNothing()
    {
        var (pack, proposals) = await PackAsync(2);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions");
        await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposals[1]}/reopen"), new Dictionary<string, string> { ["Reason"] = "Figures to check." });

        var page = await client.SubmitAsync(form, CabinetDecisionForm.Meeting());

        Assert.Contains("changed after you opened this page", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Approved, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposals[0]).Select(p => p.Status).SingleAsync()));
        Assert.Single(page.FindAll("input[name$='.ProposalId']"));
    }

    [Fact]
    public async Task Decision_WithTheMonthAsAName_IsRecordedAndAWrongMonthIsExplainedPlainly()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var wrong = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposal.Id}/decision"), new Dictionary<string, string>(CabinetDecisionForm.Fields("agreed")) { ["Month"] = "Fev" });
        await client.SubmitAsync(wrong, new Dictionary<string, string> { ["Month"] = "February" });

        Assert.Equal("Enter the month as a number or a name, like 2, Feb or February", wrong.TextOf(".govuk-error-summary__list a"));
        Assert.DoesNotContain("is not valid", wrong.Text, StringComparison.Ordinal);
        var decision = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == proposal.Id).Select(p => p.CabinetDecision).SingleAsync());
        Assert.Equal(new DateOnly(2026, 2, 17), decision!.DecisionDate);
    }

    [Fact]
    public async Task Correct_ARecordedDecision_ChangesItAndKeepsTheOriginalInTheHistory()
    {
        var (pack, proposals) = await PackAsync(1);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        await client.SubmitAsync(await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions"), CabinetDecisionForm.Meeting());
        var details = await client.GetPageAsync($"/proposals/{proposals[0]}");
        var form = await client.GetPageAsync($"/proposals/{proposals[0]}/decision/correct");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Decision"] = "not-agreed", ["Reason"] = "Consult residents first." });
        await client.SubmitAsync(refused, new Dictionary<string, string> { ["CorrectionReason"] = "Typed against the wrong proposal." });

        Assert.NotNull(details.Find($"a[href='/proposals/{proposals[0]}/decision/correct']"));
        Assert.Equal("agreed", form.Find("input[name=Decision][checked]")!.GetAttribute("value"));
        Assert.Equal("Mayor in Cabinet", form.Find("#DecisionMaker")!.GetAttribute("value"));
        Assert.Equal("Enter the reason for correcting the decision", refused.TextOf("#CorrectionReason-error").Replace("Error: ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("Consult residents first.", refused.Find("#Reason")!.TextContent);
        var decision = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == proposals[0]).Select(p => new { p.Status, p.CabinetDecision }).SingleAsync());
        Assert.Equal((ProposalStatus.NotAgreedByCabinet, "Consult residents first.", pack.Id), (decision.Status, decision.CabinetDecision!.Reason, decision.CabinetDecision.PackId));
        var history = await client.GetPageAsync($"/proposals/{proposals[0]}/history");
        var entry = history.FindAll(".app-timeline__entry")[0];
        Assert.Contains("Cabinet's decision corrected: Agreed by Cabinet to Not agreed by Cabinet", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Typed against the wrong proposal.", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed (Mayor in Cabinet, Executive Mayor, 17 February 2026)", HtmlPage.Fold(entry.TextContent), StringComparison.Ordinal);
        Assert.Contains("NOT agreed because Consult residents first.", entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_AfterDecisions_TakesTheProposalsStillAwaitingToTheNextMeeting()
    {
        var (pack, proposals) = await PackAsync(3);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        await client.SubmitAsync(await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions"), new Dictionary<string, string>(CabinetDecisionForm.Meeting()) { ["Rows[0].Outcome"] = "deferred", ["Rows[2].Outcome"] = "deferred" });
        var form = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/copy");
        var title = "March meeting " + Unique.Word();

        var copied = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = title, ["Day"] = "17", ["Month"] = "Mar", ["Year"] = "2026" });

        Assert.Contains("2 proposals", form.Text, StringComparison.Ordinal);
        Assert.Contains("with 2 proposals still awaiting a decision", copied.Text, StringComparison.Ordinal);
        var copy = await factory.WithDbAsync(db => db.CabinetPacks.AsNoTracking().Include(p => p.Items).SingleAsync(p => p.Title == title));
        Assert.Equal((new DateOnly(2026, 3, 17), "Cabinet"), (copy.MeetingDate, copy.MeetingName));
        Assert.Equal([proposals[0], proposals[2]], copy.Items.OrderBy(i => i.Order).Select(i => i.ProposalId));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityType == "CabinetPack" && e.EntityId == copy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Created", audit.Action);
        Assert.Contains("Copied from", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_AfterADecision_IsRefusedAndNotOffered()
    {
        var (pack, _) = await PackAsync(1);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        await client.SubmitAsync(await client.GetPageAsync($"/cabinet-packs/{pack.Id}/decisions"), CabinetDecisionForm.Meeting());

        var details = await client.GetPageAsync($"/cabinet-packs/{pack.Id}");
        var confirm = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/delete");
        var posted = await HtmlPage.LoadAsync(await client.PostWithTokenAsync($"/cabinet-packs/{pack.Id}/delete", new Dictionary<string, string> { ["Version"] = Guid.Empty.ToString() }));

        Assert.DoesNotContain("Delete this pack", details.Text, StringComparison.Ordinal);
        Assert.Contains(CabinetPack.DecidedMessage, details.Text, StringComparison.Ordinal);
        Assert.Null(confirm.Find("main form"));
        Assert.Contains("This pack cannot be deleted", confirm.Text, StringComparison.Ordinal);
        Assert.Contains(CabinetPack.DecidedMessage, posted.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.CabinetPacks.AnyAsync(p => p.Id == pack.Id)));
    }

    [Fact]
    public async Task Delete_BeforeAnyDecision_DeletesThePackAfterConfirmingAndAuditsIt()
    {
        var (pack, proposals) = await PackAsync(2);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var confirm = await client.GetPageAsync($"/cabinet-packs/{pack.Id}/delete");

        var list = await client.SubmitAsync(confirm);

        Assert.Contains("Are you sure you want to delete this pack?", confirm.Text, StringComparison.Ordinal);
        Assert.Contains($"Pack \"{pack.Title}\" deleted", list.Text, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.CabinetPacks.AnyAsync(p => p.Id == pack.Id)));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Proposals.CountAsync(p => proposals.Contains(p.Id) && p.Status == ProposalStatus.Approved)));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "CabinetPack" && e.EntityId == pack.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Equal("Deleted", Assert.Single(audit).Action);
        Assert.Contains(pack.Title, audit[0].Changes, StringComparison.Ordinal);
    }

    private async Task<(CabinetPack Pack, List<int> Proposals)> PackAsync(int count) => await factory.WithDbAsync(async (AppDbContext db) =>
    {
        var proposals = new List<Proposal>();
        for (var i = 0; i < count; i++)
        {
            proposals.Add(await new ProposalBuilder().InDirectorate("RES").InStatus(ProposalStatus.Approved).BuildAsync(db));
        }

        var pack = await CabinetDecisionForm.PackAsync(db, "Budget pack " + Unique.Word(), proposals);
        return (pack, proposals.Select(p => p.Id).ToList());
    });
}
