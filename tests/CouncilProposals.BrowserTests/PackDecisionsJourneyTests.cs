using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.BrowserTests;

/// <summary>
/// Corporate Finance records Cabinet's decisions on a 10-proposal pack on one page (one agreed with changes, one
/// not agreed, one deferred, the rest agreed), corrects one, and each proposal's page, history and PDF show it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PackDecisionsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Pack_OfTenProposals_IsDecidedOnOnePageAndOneDecisionCorrected()
    {
        var (packId, packTitle, ids) = await app.Factory.WithDbAsync(async db =>
        {
            var proposals = new List<Proposal>();
            for (var i = 0; i < 10; i++)
            {
                proposals.Add(await new ProposalBuilder().InDirectorate(i % 2 == 0 ? "HAC" : "PLA").InStatus(ProposalStatus.Approved).BuildAsync(db));
            }

            var pack = await CabinetDecisionForm.PackAsync(db, "February budget " + Unique.Word(), proposals);
            return (pack.Id, pack.Title, proposals.Select(p => p.Id).ToList());
        });
        var corporate = await app.NewPageAsync(DemoUsers.CorporateFinance);

        await corporate.GotoAsync($"/cabinet-packs/{packId}");
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Record Cabinet's decisions" }).ClickAsync();
        await Assertions.Expect(corporate.Locator("input[name$='.Outcome'][value=agreed]:checked")).ToHaveCountAsync(10);
        await BrowserApp.AssertAccessibleAsync(corporate);

        // First an error: "Not agreed" with no reason. Nothing is recorded and what was typed stays.
        await corporate.GetByLabel("Decision maker", new() { Exact = true }).FillAsync("Mayor in Cabinet");
        await corporate.GetByLabel("Decision maker's role").FillAsync("Executive Mayor");
        await corporate.GetByLabel("Month").FillAsync("Feb");
        await corporate.Locator("#Rows-1-Outcome-3").CheckAsync();
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        await Assertions.Expect(corporate.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason Cabinet did not agree");
        await Assertions.Expect(corporate.Locator("#Rows-1-Reason-error")).ToBeVisibleAsync();
        await Assertions.Expect(corporate.GetByLabel("Month")).ToHaveValueAsync("Feb");
        await BrowserApp.AssertAccessibleAsync(corporate);

        await corporate.Locator("#Rows-0-Outcome-2").CheckAsync();
        await corporate.Locator("#Rows-0-Changes").FillAsync("Phased over two years from April.");
        await corporate.Locator("#Rows-1-Reason").FillAsync("Cabinet asked for consultation with residents first.");
        await corporate.Locator("#Rows-2-Outcome-4").CheckAsync();
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Record decisions" }).ClickAsync();
        await Assertions.Expect(corporate.GetByText("Cabinet's decisions recorded: 7 agreed, 1 agreed with changes, 1 not agreed, 1 deferred")).ToBeVisibleAsync();
        await Assertions.Expect(corporate.GetByText("1 proposal in this pack is awaiting Cabinet's decision.")).ToBeVisibleAsync();
        await Assertions.Expect(corporate.GetByRole(AriaRole.Link, new() { Name = "Delete this pack" })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(corporate);

        // A clerk's slip: the fourth was not agreed. Corrected, with the reason.
        await corporate.GotoAsync($"/proposals/{ids[3]}");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Correct Cabinet's decision" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByLabel("Not agreed", new() { Exact = true }).CheckAsync();
        await corporate.GetByLabel("Reason Cabinet did not agree it").FillAsync("Cabinet rejected the library closure.");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Correct decision" }).ClickAsync();
        await Assertions.Expect(corporate.Locator("#CorrectionReason-error")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByLabel("Reason for the correction").FillAsync("Recorded as agreed by mistake.");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Correct decision" }).ClickAsync();
        await Assertions.Expect(corporate.GetByText("Cabinet's decision corrected")).ToBeVisibleAsync();
        await Assertions.Expect(corporate.Locator("strong.govuk-tag").First).ToHaveTextAsync("Not agreed by Cabinet");

        await AssertRecordAsync(corporate, ids[0], "Agreed by Cabinet", ["Decision Proposal agreed with changes", "Agreed changes Phased over two years from April.", "Decision maker Mayor in Cabinet", "Role Executive Mayor", "Date of decision 17 February 2026"]);
        await AssertRecordAsync(corporate, ids[1], "Not agreed by Cabinet", ["Decision Proposal NOT agreed", "Reasons Cabinet asked for consultation with residents first."]);
        await AssertRecordAsync(corporate, ids[3], "Not agreed by Cabinet", ["Decision Proposal NOT agreed", "Reasons Cabinet rejected the library closure."]);
        await AssertRecordAsync(corporate, ids[9], "Agreed by Cabinet", ["Decision Proposal agreed", $"Cabinet pack {packTitle} (Cabinet, 17 February 2026)"]);

        await corporate.GotoAsync($"/proposals/{ids[3]}/history");
        var correction = corporate.Locator(".app-timeline__entry").First;
        await Assertions.Expect(correction.Locator(".app-timeline__title")).ToHaveTextAsync("Cabinet's decision corrected: Agreed by Cabinet to Not agreed by Cabinet");
        await Assertions.Expect(correction).ToContainTextAsync("Recorded as agreed by mistake.");
        await correction.Locator("summary").ClickAsync();
        await Assertions.Expect(correction).ToContainTextAsync("Agreed (Mayor in Cabinet, Executive Mayor, 17 February 2026)");
        await Assertions.Expect(correction).ToContainTextAsync("NOT agreed because Cabinet rejected the library closure.");
        await Assertions.Expect(corporate.Locator(".app-timeline__entry").Nth(1)).ToContainTextAsync($"Recorded from the Cabinet pack \"{packTitle}\"");
        await BrowserApp.AssertAccessibleAsync(corporate);

        await corporate.GotoAsync($"/proposals/{ids[2]}/history");
        await Assertions.Expect(corporate.Locator(".app-timeline__entry").First).ToContainTextAsync("Deferred by Cabinet");
        await corporate.GotoAsync($"/proposals/{ids[2]}");
        await Assertions.Expect(corporate.Locator("strong.govuk-tag").First).ToHaveTextAsync("Approved by director");

        var withChanges = await PdfAsync(corporate, ids[0]);
        TextAssert.InOrder(withChanges.All, ["Record of decision", "Decision Proposal agreed with changes", "Agreed changes Phased over two years from April.", "Decision maker Mayor in Cabinet", "Role Executive Mayor", "Date of decision 17 February 2026"]);
        Assert.DoesNotContain("DRAFT", withChanges.All, StringComparison.Ordinal);
        var corrected = await PdfAsync(corporate, ids[3]);
        TextAssert.InOrder(corrected.All, ["Record of decision", "Decision Proposal NOT agreed", "Reasons Cabinet rejected the library closure."]);
        Assert.DoesNotContain("Reasons", (await PdfAsync(corporate, ids[9])).All, StringComparison.Ordinal);

        Assert.Equal(
            [ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet, ProposalStatus.Approved, ProposalStatus.NotAgreedByCabinet, .. Enumerable.Repeat(ProposalStatus.AgreedByCabinet, 6)],
            await app.Factory.WithDbAsync(async db => (await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Status }).ToListAsync()).OrderBy(p => ids.IndexOf(p.Id)).Select(p => p.Status).ToList()));

        // The deferred proposal goes to the next meeting in a copy; the pack decided from cannot be deleted.
        await corporate.GotoAsync($"/cabinet-packs/{packId}/copy");
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByLabel("Title of the new pack").FillAsync($"{packTitle} (March)");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Copy the pack" }).ClickAsync();
        await Assertions.Expect(corporate.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date of the next meeting");
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByLabel("Day").FillAsync("17");
        await corporate.GetByLabel("Month").FillAsync("March");
        await corporate.GetByLabel("Year").FillAsync("2026");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Copy the pack" }).ClickAsync();
        await Assertions.Expect(corporate.GetByText("with 1 proposal still awaiting a decision")).ToBeVisibleAsync();
        await corporate.GetByRole(AriaRole.Link, new() { Name = "Delete this pack" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GotoAsync($"/cabinet-packs/{packId}/delete");
        await Assertions.Expect(corporate.GetByRole(AriaRole.Heading, new() { Name = "This pack cannot be deleted" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(corporate);
    }

    private static async Task AssertRecordAsync(IPage page, int id, string status, IReadOnlyList<string> rows)
    {
        await page.GotoAsync($"/proposals/{id}");
        await Assertions.Expect(page.Locator("strong.govuk-tag").First).ToHaveTextAsync(status);
        var record = string.Join(' ', (await page.Locator("h2:text-is('Record of decision') + dl .govuk-summary-list__row").AllInnerTextsAsync()).Select(r => string.Join(' ', r.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        TextAssert.InOrder(record, rows);
    }

    private static async Task<PdfText> PdfAsync(IPage page, int id)
    {
        var response = await page.Context.APIRequest.GetAsync($"/proposals/{id}/pdf");
        Assert.Equal(200, response.Status);
        return PdfText.Read(await response.BodyAsync());
    }
}
