
namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>Nothing shown to a signed-in person (pages and PDFs) may be kept by a browser or proxy cache.</summary>
[Collection(WebCollection.Name)]
public sealed class CachingTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task SignedInPageAndPdf_AreNotStored()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        foreach (var path in new[] { "/", $"/proposals/{proposal.Id}", $"/proposals/{proposal.Id}/pdf" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.True(response.Headers.CacheControl?.NoStore, $"{path} has no Cache-Control: no-store");
        }
    }
}
