using CouncilProposals.Web.Data;

namespace CouncilProposals.Web.Tests.Features.Exemptions;

/// <summary>Corporate Finance marks a proposal exempt under Schedule 12A; no one else can, and bad input is refused plainly.</summary>
[Collection(WebCollection.Name)]
public sealed class ExemptInformationTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task MarkExempt_ByCorporateFinance_ShowsTheTag_AndIsAudited_AndCanBeCleared()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var details = await client.GetPageAsync($"/proposals/{proposal.Id}");
        Assert.Contains("Mark as exempt", details.Text, StringComparison.Ordinal);
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/exempt");
        var marked = await client.SubmitAsync(form, new Dictionary<string, string> { ["Paragraph"] = "3", ["Reason"] = "Names the contractor and prices" });

        Assert.Equal($"/proposals/{proposal.Id}", marked.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Exempt – paragraph 3", marked.Text, StringComparison.Ordinal);
        var entry = await LastEntryAsync(proposal.Id);
        Assert.Equal("Marked exempt", entry.Action);
        Assert.Equal(DemoUsers.CorporateFinance, entry.UserName);
        Assert.Contains("Names the contractor and prices", entry.Changes, StringComparison.Ordinal);

        var again = await client.GetPageAsync($"/proposals/{proposal.Id}/exempt");
        var cleared = await client.SubmitAsync(again, formSelector: "main form[action$='/exempt/clear']");

        Assert.DoesNotContain("Exempt – paragraph", cleared.Text, StringComparison.Ordinal);
        Assert.Equal("Exemption removed", (await LastEntryAsync(proposal.Id)).Action);
        Assert.Null(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ExemptParagraph).SingleAsync()));
    }

    [Fact]
    public async Task MarkExempt_ByAnyoneButCorporateFinance_IsForbidden_AndNotOffered()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").InStatus(ProposalStatus.Approved).BuildAsync(db));

        foreach (var user in new[] { DemoData.Officer("RES"), DemoData.Director("RES") })
        {
            var client = await factory.CreateClientForAsync(user);
            Assert.DoesNotContain("Mark as exempt", (await client.GetPageAsync($"/proposals/{proposal.Id}")).Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/proposals/{proposal.Id}/exempt", UriKind.Relative))).StatusCode);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Paragraph"] = "3", ["Reason"] = "Mine" });
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(new Uri($"/proposals/{proposal.Id}/exempt", UriKind.Relative), content)).StatusCode);
        }

        Assert.Null(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ExemptParagraph).SingleAsync()));
    }

    [Theory]
    [InlineData("0", "Reason", "Choose the paragraph of Schedule 12A, from 1 to 7.")]
    [InlineData("8", "Reason", "Choose the paragraph of Schedule 12A, from 1 to 7.")]
    [InlineData("abc", "Reason", "Choose the paragraph of Schedule 12A, from 1 to 7.")]
    [InlineData("", "Reason", "Choose the paragraph of Schedule 12A, from 1 to 7.")]
    [InlineData("99999999999999999999999", "Reason", "Choose the paragraph of Schedule 12A, from 1 to 7.")]
    [InlineData("3", "", "Enter the reason the information is exempt")]
    [InlineData("3", "HUGE", "The reason must be 1,000 characters or fewer")]
    public async Task MarkExempt_WithBadInput_ShowsAClearError_AndKeepsWhatWasTyped(string paragraph, string reason, string message)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var typed = reason == "HUGE" ? new string('x', 200_000) : reason;

        var page = await client.SubmitAsync(await client.GetPageAsync($"/proposals/{proposal.Id}/exempt"), new Dictionary<string, string> { ["Paragraph"] = paragraph, ["Reason"] = typed });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(message, page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Contains(message, page.Text.Replace(page.TextOf(".govuk-error-summary"), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(typed, page.Find("textarea[name=Reason]")!.TextContent);
        Assert.Null(await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ExemptParagraph).SingleAsync()));
    }

    [Fact]
    public async Task MarkExempt_OfAnUnknownProposal_IsNotFound()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/proposals/987654/exempt", UriKind.Relative))).StatusCode);
    }

    private Task<AuditEntry> LastEntryAsync(int proposalId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ProposalId == proposalId).OrderByDescending(e => e.Id).FirstAsync());
}
