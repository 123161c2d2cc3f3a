using CouncilProposals.Domain.Access;
using static CouncilProposals.Domain.Tests.Infrastructure.Actors;

namespace CouncilProposals.Domain.Tests;

/// <summary>Who may see a proposal: the expression the queries run, compiled, agrees with the permission check.</summary>
public sealed class ProposalVisibilityTests
{
    public static readonly TheoryData<string, int, bool> Cases = new()
    {
        { "officer", Hac, true },
        { "officer", Chi, false },
        { "director", Hac, true },
        { "director", Chi, false },
        { "corporate", Hac, true },
        { "corporate", Chi, true },
        { "administrator", Hac, false },
        { "officer of both", Chi, true },
        { "administrator in HAC", Hac, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void VisibleTo_Compiled_SeesWhatCanSeeAllows(string who, int directorate, bool visible)
    {
        var actor = ActorFor(who);
        var facts = HacProposal() with { DirectorateId = directorate };

        var query = ProposalVisibility.VisibleTo(actor, (ProposalFacts f) => f.DirectorateId).Compile();

        Assert.Equal(visible, query(facts));
        Assert.Equal(visible, ProposalPermissions.CanSee(actor, facts));
    }

    [Fact]
    public void VisibleTo_OverProposals_ReadsTheProposalsDirectorate()
    {
        var proposal = Infrastructure.Build.DraftProposal();
        var inItsDirectorate = Officer(proposal.DirectorateId);
        var elsewhere = Officer(proposal.DirectorateId + 1);

        Assert.True(ProposalVisibility.VisibleTo(inItsDirectorate).Compile()(proposal));
        Assert.False(ProposalVisibility.VisibleTo(elsewhere).Compile()(proposal));
        Assert.True(ProposalVisibility.VisibleTo(CorporateFinance()).Compile()(proposal));
    }

    private static Actor ActorFor(string who) => who switch
    {
        "officer" => Officer(),
        "director" => Director(),
        "corporate" => CorporateFinance(),
        "officer of both" => new Actor("officer.two@council.example", new HashSet<string> { Roles.FinanceOfficer }, new HashSet<int> { Hac, Chi }),
        "administrator in HAC" => new Actor("admin@council.example", new HashSet<string> { Roles.Administrator }, new HashSet<int> { Hac }),
        _ => Administrator(),
    };
}
