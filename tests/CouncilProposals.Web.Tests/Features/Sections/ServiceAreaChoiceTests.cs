using System.Globalization;
using CouncilProposals.Domain.Lists;

namespace CouncilProposals.Web.Tests.Features.Sections;

/// <summary>"Savings Service Area" offers the proposal's directorate's areas and the shared ones, and keeps the one already chosen.</summary>
[Collection(WebCollection.Name)]
public sealed class ServiceAreaChoiceTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Details_OffersTheDirectoratesAreasAndSharedOnes_AndKeepsTheChosenAreaFromElsewhere()
    {
        var shared = "Shared area " + Unique.Word();
        await factory.WithDbAsync(async db =>
        {
            db.ServiceAreas.Add(new ServiceArea(shared, 99));
            await db.SaveChangesAsync();
        });

        // The builder gives a Resources proposal the golden sample's area, Public Health, which belongs to Health, Adults & Community.
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/details");

        var offered = form.FindAll("#ServiceAreaId option").Select(o => o.TextContent).ToList();
        Assert.Contains("Finance and Procurement", offered);
        Assert.Contains(shared, offered);
        Assert.Contains(GoldenSample.ServiceArea, offered);
        Assert.DoesNotContain("Adult Social Care", offered);
        Assert.DoesNotContain("Public Realm", offered);
        Assert.Equal(GoldenSample.ServiceArea, form.Find("#ServiceAreaId option[selected]")!.TextContent);

        var kept = await client.SubmitAsync(form);
        Assert.Contains("Proposal details saved", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_ChoosingAnotherDirectoratesArea_IsRefusedAndChangesNothing()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Complete().BuildAsync(db));
        var (before, elsewhere) = await factory.WithDbAsync(async db => (
            await db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ServiceAreaId).SingleAsync(),
            await db.ServiceAreas.Where(a => a.Name == "Public Realm").Select(a => a.Id).SingleAsync()));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));
        var form = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/details");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["ServiceAreaId"] = elsewhere.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(
            "Error: Choose a savings service area of this proposal's directorate: Public Realm belongs to another directorate",
            page.TextOf("#ServiceAreaId-error"));
        Assert.Equal("#ServiceAreaId", page.Find(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal.Id).Select(p => p.ServiceAreaId).SingleAsync()));
    }
}
