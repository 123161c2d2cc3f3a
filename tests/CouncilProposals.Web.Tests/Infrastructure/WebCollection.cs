
namespace CouncilProposals.Web.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<CouncilProposalsFactory>
{
    public const string Name = "Web";
}
