using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;
using static CouncilProposals.Domain.Tests.Infrastructure.Actors;

namespace CouncilProposals.Domain.Tests;

/// <summary>Who may do what, whatever the proposal's status: the rules of docs/security.md.</summary>
public sealed class ProposalPermissionsTests
{
    public static readonly TheoryData<string, ProposalAction, bool> OwnDirectorate = new()
    {
        // Officers write, submit and withdraw; they never decide.
        { "officer", ProposalAction.View, true },
        { "officer", ProposalAction.Edit, true },
        { "officer", ProposalAction.Submit, true },
        { "officer", ProposalAction.Withdraw, true },
        { "officer", ProposalAction.Approve, false },
        { "officer", ProposalAction.Return, false },
        { "officer", ProposalAction.RecordCabinetDecision, false },
        { "officer", ProposalAction.Reopen, false },

        // Directors decide on their directorates' proposals and may withdraw them; they do not write them.
        { "director", ProposalAction.View, true },
        { "director", ProposalAction.Edit, false },
        { "director", ProposalAction.Submit, false },
        { "director", ProposalAction.Withdraw, true },
        { "director", ProposalAction.Approve, true },
        { "director", ProposalAction.Return, true },
        { "director", ProposalAction.RecordCabinetDecision, false },
        { "director", ProposalAction.Reopen, false },

        // Corporate Finance sees everything and handles Cabinet.
        { "corporate", ProposalAction.View, true },
        { "corporate", ProposalAction.Edit, false },
        { "corporate", ProposalAction.Submit, false },
        { "corporate", ProposalAction.Withdraw, false },
        { "corporate", ProposalAction.Approve, false },
        { "corporate", ProposalAction.Return, false },
        { "corporate", ProposalAction.RecordCabinetDecision, true },
        { "corporate", ProposalAction.Reopen, true },
    };

    [Theory]
    [MemberData(nameof(OwnDirectorate))]
    public void Can_InOwnDirectorate_FollowsTheRole(string who, ProposalAction action, bool allowed) =>
        Assert.Equal(allowed, ProposalPermissions.Can(ActorFor(who, Hac), HacProposal(), action));

    [Theory]
    [InlineData("officer")]
    [InlineData("director")]
    public void Can_InAnotherDirectorate_NothingNotEvenSeeing(string who)
    {
        var actor = ActorFor(who, Chi);

        Assert.False(ProposalPermissions.CanSee(actor, HacProposal()));
        Assert.All(Enum.GetValues<ProposalAction>(), action => Assert.False(ProposalPermissions.Can(actor, HacProposal(), action)));
    }

    [Fact]
    public void Administrator_SeesAndDoesNothingWithProposals()
    {
        Assert.False(ProposalPermissions.CanSee(Administrator(), HacProposal()));
        Assert.All(Enum.GetValues<ProposalAction>(), action => Assert.False(ProposalPermissions.Can(Administrator(), HacProposal(), action)));
    }

    [Fact]
    public void Director_WhoCreatedTheProposal_MayNotApproveOrReturnIt()
    {
        var proposal = HacProposal(createdBy: "director.hac@council.example");

        Assert.False(ProposalPermissions.Can(Director(), proposal, ProposalAction.Approve));
        Assert.False(ProposalPermissions.Can(Director(), proposal, ProposalAction.Return));
        Assert.True(ProposalPermissions.Can(Director(), proposal, ProposalAction.View));
    }

    [Fact]
    public void Director_WhoLastEditedTheProposal_MayNotApproveOrReturnIt_WhateverTheCase()
    {
        var proposal = HacProposal(lastEditedBy: "Director.HAC@council.example");

        Assert.False(ProposalPermissions.Can(Director(), proposal, ProposalAction.Approve));
        Assert.False(ProposalPermissions.Can(Director(), proposal, ProposalAction.Return));
    }

    [Fact]
    public void OfficerAndDirectorOfTwoDirectorates_SeeBoth()
    {
        var both = new Actor("officer.two@council.example", new HashSet<string> { Roles.FinanceOfficer }, new HashSet<int> { Hac, Chi });

        Assert.True(ProposalPermissions.CanSee(both, HacProposal()));
        Assert.True(ProposalPermissions.CanSee(both, HacProposal() with { DirectorateId = Chi }));
    }

    [Fact]
    public void CanCreateIn_OnlyOfficersInTheirDirectorates()
    {
        Assert.True(ProposalPermissions.CanCreateIn(Officer(), Hac));
        Assert.False(ProposalPermissions.CanCreateIn(Officer(), Chi));
        Assert.False(ProposalPermissions.CanCreateIn(Director(), Hac));
        Assert.False(ProposalPermissions.CanCreateIn(CorporateFinance(), Hac));
    }

    [Fact]
    public void AvailableActions_CombineTheRoleWithTheStatus()
    {
        Assert.Equal([ProposalAction.Return, ProposalAction.Approve, ProposalAction.Withdraw], ProposalPermissions.AvailableActions(Director(), HacProposal(ProposalStatus.Submitted)));
        Assert.Equal([ProposalAction.Edit, ProposalAction.Submit, ProposalAction.Withdraw], ProposalPermissions.AvailableActions(Officer(), HacProposal(ProposalStatus.Returned)));
        Assert.Equal([ProposalAction.RecordCabinetDecision, ProposalAction.Reopen], ProposalPermissions.AvailableActions(CorporateFinance(), HacProposal(ProposalStatus.Approved)));
        Assert.Empty(ProposalPermissions.AvailableActions(Officer(), HacProposal(ProposalStatus.AgreedByCabinet)));
    }

    private static Actor ActorFor(string who, int directorate) => who switch
    {
        "officer" => Officer(directorate),
        "director" => Director(directorate),
        _ => CorporateFinance(),
    };
}
