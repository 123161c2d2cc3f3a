using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using CouncilProposals.Web.Features.Home;
using Microsoft.Extensions.DependencyInjection;
using static CouncilProposals.Web.Tests.Features.Lists.ListData;

namespace CouncilProposals.Web.Tests.Features.Lists;

/// <summary>The home page's work lists: paged by the database, with a count, a total and a link to the full list.</summary>
[Collection(WebCollection.Name)]
public sealed class HomeWorkListTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Home_DirectorsList_CountsTotalsAndPagesWithoutTheirOwnWork()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        var director = $"director.{Unique.Word()}@council.example";
        await factory.WithDbAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewAccount(director, "Test Director", DemoUsers.Password, [Roles.Director], [directorateId]));
            Assert.True(created.Succeeded);
            for (var i = 0; i < HomeController.PageSize + 2; i++)
            {
                await new ProposalBuilder().InDirectorate(code).Titled($"Awaiting {i:00} {Unique.Word()}").InStatus(ProposalStatus.Submitted).BuildAsync(db);
            }

            await new ProposalBuilder().InDirectorate(code).Titled("Own work " + Unique.Word()).CreatedBy(director).InStatus(ProposalStatus.Submitted).BuildAsync(db);
        });
        var client = await factory.CreateClientForAsync(director);

        var first = await client.GetPageAsync("/");
        var second = await client.GetPageAsync("/?approvalPage=2");
        var beyond = await client.GetPageAsync("/?approvalPage=99");

        Assert.Contains("12 proposals, total savings and income £000 (1,800)", first.TextOf("#awaiting-approval-summary"), StringComparison.Ordinal);
        Assert.Equal(HomeController.PageSize, first.FindAll("ul[aria-labelledby=awaiting-approval] li").Count);
        Assert.Equal(2, second.FindAll("ul[aria-labelledby=awaiting-approval] li").Count);
        Assert.Equal(2, beyond.FindAll("ul[aria-labelledby=awaiting-approval] li").Count);
        Assert.DoesNotContain("Own work", first.Text + second.Text, StringComparison.Ordinal);
        Assert.Contains("(150)", first.TextOf("ul[aria-labelledby=awaiting-approval] li"), StringComparison.Ordinal);
        Assert.Equal("/proposals?status=Submitted", first.Find("#awaiting-approval-summary a")!.GetAttribute("href"));
        Assert.Contains("approvalPage=2", first.Find("nav.govuk-pagination a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_CorporateFinanceList_CountsEveryApprovedProposalAndPagesByTen()
    {
        await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").InStatus(ProposalStatus.Approved).BuildAsync(db));
        var expected = await factory.WithDbAsync(db => db.Proposals.CountAsync(p => p.Status == ProposalStatus.Approved));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync("/");

        Assert.Contains($"{expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} proposal", page.TextOf("#awaiting-cabinet-summary"), StringComparison.Ordinal);
        Assert.InRange(page.FindAll("ul[aria-labelledby=awaiting-cabinet] li").Count, 1, HomeController.PageSize);
        Assert.Equal("/proposals?status=Approved", page.Find("#awaiting-cabinet-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_OfficersDrafts_ShowsTheirOwnDraftsAndNotAColleagues()
    {
        var (directorateId, code) = await NewDirectorateAsync(factory);
        var officer = $"officer.{Unique.Word()}@council.example";
        var colleague = $"colleague.{Unique.Word()}@council.example";
        var mine = "My draft " + Unique.Word();
        var theirs = "Colleague's draft " + Unique.Word();
        var submitted = "My submitted " + Unique.Word();
        await factory.WithDbAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewAccount(officer, "Test Officer", DemoUsers.Password, [Roles.FinanceOfficer], [directorateId]));
            Assert.True(created.Succeeded);
            await new ProposalBuilder().InDirectorate(code).Titled(mine).CreatedBy(officer).BuildAsync(db);
            await new ProposalBuilder().InDirectorate(code).Titled(theirs).CreatedBy(colleague).BuildAsync(db);
            await new ProposalBuilder().InDirectorate(code).Titled(submitted).CreatedBy(officer).InStatus(ProposalStatus.Submitted).BuildAsync(db);
        });
        var client = await factory.CreateClientForAsync(officer);

        var page = await client.GetPageAsync("/");

        var drafts = page.TextOf("ul[aria-labelledby=my-drafts]");
        Assert.Contains(mine, drafts, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted, drafts, StringComparison.Ordinal);
        Assert.Contains("1 proposal, total savings and income £000", page.TextOf("#my-drafts-summary"), StringComparison.Ordinal);
        Assert.Equal("/proposals?status=Draft", page.Find("#my-drafts-summary a")!.GetAttribute("href"));
        var id = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Title == mine).Select(p => p.Id).SingleAsync());
        Assert.Equal($"/proposals/{id}/edit", page.Find("ul[aria-labelledby=my-drafts] a")!.GetAttribute("href"));
    }
}
