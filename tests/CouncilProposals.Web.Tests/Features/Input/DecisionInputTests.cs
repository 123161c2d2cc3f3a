
namespace CouncilProposals.Web.Tests.Features.Input;

/// <summary>Decisions on a proposal take only what can be true: no decision dated in the future, no withdrawal without a reason.</summary>
[Collection(WebCollection.Name)]
public sealed class DecisionInputTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task CabinetDecision_DatedInTheFuture_ShowsErrorAndRecordsNothing()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var corporate = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var later = factory.Time.GetUtcNow().AddDays(2);

        var page = await corporate.SubmitAsync(await corporate.GetPageAsync($"/proposals/{proposal.Id}/decision"), new Dictionary<string, string>
        {
            ["Decision"] = "agreed",
            ["DecisionMaker"] = "Mayor in Cabinet",
            ["DecisionMakerRole"] = "Executive Mayor",
            ["Day"] = "1",
            ["Month"] = "1",
            ["Year"] = "2099",
        });
        var nextWeek = await corporate.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Day"] = later.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Month"] = later.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Year"] = later.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Contains("The date of the decision must be today or in the past", page.TextOf("#Day-error"), StringComparison.Ordinal);
        Assert.Equal("2099", page.Find("#Year")!.GetAttribute("value"));
        Assert.Contains("The date of the decision must be today or in the past", nextWeek.TextOf("#Day-error"), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Approved, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_ShowsErrorAndOffersCancel()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));
        var form = await director.GetPageAsync($"/proposals/{proposal.Id}/withdraw");

        var page = await director.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "  " });

        Assert.Equal($"/proposals/{proposal.Id}", form.Find("main form a.govuk-link")!.GetAttribute("href"));
        Assert.Contains("Cancel", form.TextOf("main form a.govuk-link"), StringComparison.Ordinal);
        Assert.Contains("Enter the reason for withdrawing the proposal", page.TextOf("#Reason-error"), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_WithAReason_ShowsTheReasonInTheHistory()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));
        var reason = "Superseded by the libraries review " + Unique.Word();

        await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/withdraw"), new Dictionary<string, string> { ["Reason"] = reason });

        Assert.Contains(reason, (await director.GetPageAsync($"/proposals/{proposal.Id}/history")).Text, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Withdrawn, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }
}
