using System.Globalization;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;

namespace CouncilProposals.Web.Tests.Features.Input;

/// <summary>
/// Every text, amount and FTE field of every form, through the real forms with their antiforgery tokens, with
/// hostile text and numbers in every notation: never a 5xx, never a blank page, never a silently changed value.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BadInputRunTests(CouncilProposalsFactory factory)
{
    private static readonly Dictionary<string, Func<Proposal, string?>> SectionTexts = new()
    {
        ["details:Title"] = p => p.Title,
        ["details:DirectorateService"] = p => p.DirectorateService,
        ["details:LeadOfficerAndPost"] = p => p.LeadOfficerAndPost,
        ["details:LeadMemberAndPortfolio"] = p => p.LeadMemberAndPortfolio,
        ["financial-impact:Lines[0].Description"] = p => p.SavingsLines.OrderBy(l => l.Id).FirstOrDefault()?.Description,
        ["summary:Summary"] = p => p.Summary,
        ["summary:OtherServicesSupport"] = p => p.OtherServicesSupport,
        ["summary:PrecedentForWithdrawal"] = p => p.PrecedentForWithdrawal,
        ["summary:CommunityAdaptation"] = p => p.CommunityAdaptation,
        ["summary:BestPractice"] = p => p.BestPractice,
        ["summary:VoluntarySectorCapacity"] = p => p.VoluntarySectorCapacity,
        ["risks:Risks[0].Risk"] = p => p.Risks.OrderBy(r => r.Order).FirstOrDefault()?.Description,
        ["risks:Risks[0].Mitigation"] = p => p.Risks.OrderBy(r => r.Order).FirstOrDefault()?.Mitigation,
        ["resources:ResourcesAndImplementation"] = p => p.ResourcesAndImplementation,
        ["equality-screening:Answers[0].Impact"] = p => p.ScreeningAnswers.OrderBy(a => a.Trigger).FirstOrDefault()?.Impact,
        ["equality-screening:Summary"] = p => p.ScreeningSummary,
        ["equality-screening:NoFullEqualityAnalysisReason"] = p => p.NoFullEqualityAnalysisReason,
        ["equality-screening:AdditionalInformation"] = p => p.AdditionalInformation,
    };

    /// <summary>Answers that make every conditional text field of a section apply, so each is kept.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Conditions = new()
    {
        ["equality-screening"] = new() { ["Answers[0].Answer"] = SectionText.Yes, ["FullEqualityAnalysisRequired"] = SectionText.No },
    };

    [Fact]
    public async Task SectionForms_WithHostileText_NeverFailBlankOrChangeAValue()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        foreach (var form in SectionTexts.GroupBy(f => f.Key.Split(':')[0]))
        {
            var proposal = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
            var fields = form.ToDictionary(f => f.Key.Split(':')[1], f => f.Value);
            foreach (var text in HostileValues.Texts)
            {
                var typed = new Dictionary<string, string>(Conditions.GetValueOrDefault(form.Key, []));
                foreach (var field in fields.Keys)
                {
                    typed[field] = text;
                }

                await PostSectionAsync(client, proposal.Id, form.Key, typed, fields, fields.ToDictionary(f => f.Key, _ => (string?)text));
            }
        }
    }

    [Fact]
    public async Task AmountAndFteFields_InEveryNotation_AreStoredAsMeantOrRefused()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var financial = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        var staffing = await factory.WithDbAsync(db => new ProposalBuilder().Complete().BuildAsync(db));
        Func<Proposal, string?> budget = p => Number(p.CurrentBudget?.Thousands);
        Func<Proposal, string?> firstLine = p => Number(p.SavingsLines.OrderBy(l => l.Id).FirstOrDefault()?.Amount.Thousands);
        Func<Proposal, string?> currentFte = p => Number(p.CurrentFte?.Value);
        Func<Proposal, string?> firstReduction = p => Number(p.FteReductions.OrderBy(r => r.Year.StartYear).FirstOrDefault()?.Reduction.Value);

        foreach (var (typed, amount, fte) in HostileValues.Numbers)
        {
            await PostSectionAsync(
                client, financial.Id, "financial-impact",
                new() { ["CurrentBudget"] = typed, ["Lines[0].Amount"] = typed },
                new() { ["CurrentBudget"] = budget, ["Lines[0].Amount"] = firstLine },
                new() { ["CurrentBudget"] = Number(amount), ["Lines[0].Amount"] = Number(amount) });
            await PostSectionAsync(
                client, staffing.Id, "staffing-impact",
                new() { ["HasStaffingImpact"] = SectionText.Yes, ["CurrentFte"] = typed, ["Reductions[0].Value"] = typed },
                new() { ["CurrentFte"] = currentFte, ["Reductions[0].Value"] = firstReduction },
                new() { ["CurrentFte"] = Number(fte), ["Reductions[0].Value"] = Number(fte) });
        }
    }

    [Fact]
    public async Task ReasonsAndPackFields_WithHostileText_NeverFailBlankOrChangeAValue()
    {
        var director = await factory.CreateClientForAsync(DemoData.Director("RES"));
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        foreach (var text in HostileValues.Texts)
        {
            var submitted = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(ProposalStatus.Submitted).BuildAsync(db));
            await PostDecisionAsync(director, submitted.Id, "return", "Reasons", text);
            var approved = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(ProposalStatus.Approved).BuildAsync(db));
            await PostDecisionAsync(corporate, approved.Id, "reopen", "Reason", text);
            await PostPackAsync(corporate, text);
        }
    }

    private async Task PostSectionAsync(
        HttpClient client, int id, string section, Dictionary<string, string> typed, Dictionary<string, Func<Proposal, string?>> stored, Dictionary<string, string?> expected)
    {
        var form = await client.GetPageAsync($"/proposals/{id}/edit/{section}");
        var before = await LoadAsync(id);

        var page = await client.SubmitAsync(form, typed);

        var after = await LoadAsync(id);
        var saved = AssertAPage(page, $"{section} {Describe(typed.Values.Last())}").EndsWith("/edit", StringComparison.Ordinal);
        foreach (var (field, read) in stored)
        {
            var what = $"{section} {field} typed {Describe(typed[field])}";
            if (saved)
            {
                Assert.True(expected[field] is not null, $"{what}: saved as {Describe(read(after))}, should have been refused");
                Assert.True(read(after) == expected[field], $"{what}: stored {Describe(read(after))}");
            }
            else
            {
                Assert.True(read(after) == read(before), $"{what}: refused but stored {Describe(read(after))}");
                AssertRefusedBesideTheFieldOrKept(page, field, typed[field], what);
            }
        }
    }

    private async Task PostDecisionAsync(HttpClient client, int id, string action, string field, string text)
    {
        var page = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{id}/{action}"), new Dictionary<string, string> { [field] = text });

        var path = AssertAPage(page, $"{action} {Describe(text)}");
        var reason = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.ReturnReason).SingleAsync());
        if (path == $"/proposals/{id}")
        {
            Assert.True(reason == text, $"{action} typed {Describe(text)}: stored {Describe(reason)}");
        }
        else
        {
            AssertRefusedBesideTheFieldOrKept(page, field, text, $"{action} typed {Describe(text)}");
        }
    }

    private async Task PostPackAsync(HttpClient client, string text)
    {
        var typed = new Dictionary<string, string> { ["MeetingName"] = text, ["Title"] = text, ["Classification"] = text, ["Day"] = "17", ["Month"] = "2", ["Year"] = "2026" };
        var lastBefore = await factory.WithDbAsync(db => db.CabinetPacks.MaxAsync(p => (int?)p.Id)) ?? 0;

        var page = await client.SubmitAsync(await client.GetPageAsync("/cabinet-packs/new"), typed);

        AssertAPage(page, $"pack {Describe(text)}");
        var created = await factory.WithDbAsync(db => db.CabinetPacks.AsNoTracking().Where(p => p.Id > lastBefore).ToListAsync());
        if (page.Find(".govuk-error-summary") is null)
        {
            var pack = Assert.Single(created);
            Assert.True(pack.MeetingName == text && pack.Title == text && pack.Classification == text, $"pack typed {Describe(text)}: stored {Describe(pack.Title)}");
            return;
        }

        Assert.Empty(created);
        foreach (var field in new[] { "MeetingName", "Title", "Classification" })
        {
            AssertRefusedBesideTheFieldOrKept(page, field, text, $"pack {field} typed {Describe(text)}");
        }
    }

    /// <summary>Not a 5xx, not blank: the service's layout with a heading; returns the address the page ended on.</summary>
    private static string AssertAPage(HtmlPage page, string what)
    {
        Assert.True((int)page.Response.StatusCode < 500, $"{what}: {(int)page.Response.StatusCode}");
        Assert.True(page.Find("header.govuk-header") is not null && page.Find("main h1") is not null, $"{what}: blank page, {(int)page.Response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.BadRequest, page.Response.StatusCode);
        return page.Response.RequestMessage!.RequestUri!.AbsolutePath;
    }

    /// <summary>A refused form says why beside the field, or shows the field again exactly as typed.</summary>
    private static void AssertRefusedBesideTheFieldOrKept(HtmlPage page, string field, string typed, string what)
    {
        Assert.True(page.Find(".govuk-error-summary") is not null, $"{what}: neither saved nor an error message");
        var id = GovukHtml.FieldId(field);
        var shown = page.FormValues().GetValueOrDefault(field);
        Assert.True(page.Find($"#{id}-error") is not null || Same(shown, typed), $"{what}: no message beside the field, and it shows {Describe(shown)}");
    }

    // A browser posts a text area's line breaks as CRLF and shows them back as LF.
    private static bool Same(string? shown, string typed) => shown?.ReplaceLineEndings("\n") == typed.ReplaceLineEndings("\n") || shown == typed.Trim();

    private Task<Proposal> LoadAsync(int id) => factory.WithDbAsync(db => db.Proposals.Whole().AsNoTracking().SingleAsync(p => p.Id == id));

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Describe(string? value) =>
        value is null ? "nothing" : "\"" + string.Concat(value.Take(40).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) + (value.Length > 40 ? $"...\" ({value.Length} characters)" : "\"");
}
