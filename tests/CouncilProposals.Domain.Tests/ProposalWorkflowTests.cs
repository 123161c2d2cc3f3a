using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

/// <summary>The state machine: every status and action is either allowed with its effect, or refused and changes nothing.</summary>
public sealed class ProposalWorkflowTests
{
    private const string Director = "director.hac@council.example";

    // Each allowed (status, action) and the status it leads to; every other pair is refused.
    public static readonly TheoryData<ProposalStatus, ProposalAction, ProposalStatus> Allowed = new()
    {
        { ProposalStatus.Draft, ProposalAction.Submit, ProposalStatus.Submitted },
        { ProposalStatus.Returned, ProposalAction.Submit, ProposalStatus.Submitted },
        { ProposalStatus.Submitted, ProposalAction.Approve, ProposalStatus.Approved },
        { ProposalStatus.Submitted, ProposalAction.Return, ProposalStatus.Returned },
        { ProposalStatus.Draft, ProposalAction.Withdraw, ProposalStatus.Withdrawn },
        { ProposalStatus.Returned, ProposalAction.Withdraw, ProposalStatus.Withdrawn },
        { ProposalStatus.Submitted, ProposalAction.Withdraw, ProposalStatus.Withdrawn },
        { ProposalStatus.Approved, ProposalAction.RecordCabinetDecision, ProposalStatus.AgreedByCabinet },
        { ProposalStatus.Approved, ProposalAction.Reopen, ProposalStatus.Draft },
        { ProposalStatus.AgreedByCabinet, ProposalAction.CorrectCabinetDecision, ProposalStatus.NotAgreedByCabinet },
        { ProposalStatus.NotAgreedByCabinet, ProposalAction.CorrectCabinetDecision, ProposalStatus.AgreedByCabinet },
        { ProposalStatus.Draft, ProposalAction.Edit, ProposalStatus.Draft },
        { ProposalStatus.Returned, ProposalAction.Edit, ProposalStatus.Returned },
    };

    public static TheoryData<ProposalStatus, ProposalAction> Refused()
    {
        var allowed = Allowed.Select(row => ((ProposalStatus)row[0], (ProposalAction)row[1])).ToHashSet();
        var data = new TheoryData<ProposalStatus, ProposalAction>();
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            foreach (var action in Enum.GetValues<ProposalAction>().Where(a => a != ProposalAction.View && !allowed.Contains((status, a))))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Action_AllowedInStatus_MovesToItsNextStatus(ProposalStatus from, ProposalAction action, ProposalStatus to)
    {
        var proposal = ProposalIn(from);

        Assert.True(ProposalWorkflow.IsAllowed(from, action));
        Apply(proposal, action);

        Assert.Equal(to, proposal.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Action_NotAllowedInStatus_IsRefusedAndChangesNothing(ProposalStatus from, ProposalAction action)
    {
        var proposal = ProposalIn(from);
        var before = (proposal.Status, proposal.ReturnReason, proposal.CabinetDecision, proposal.Title);

        Assert.False(ProposalWorkflow.IsAllowed(from, action));
        Assert.Throws<DomainException>(() => Apply(proposal, action));

        Assert.Equal(before, (proposal.Status, proposal.ReturnReason, proposal.CabinetDecision, proposal.Title));
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void TargetsOf_AnAllowedAction_IsTheStatusTheProposalMovesTo(ProposalStatus from, ProposalAction action, ProposalStatus to) =>
        Assert.Contains(to, ProposalWorkflow.TargetsOf(from, action));

    [Theory]
    [MemberData(nameof(Refused))]
    public void TargetsOf_ARefusedAction_IsEmpty(ProposalStatus from, ProposalAction action) =>
        Assert.Empty(ProposalWorkflow.TargetsOf(from, action));

    [Fact]
    public void TargetsOf_CabinetDecision_IsAgreedOrNotAgreed() =>
        Assert.Equal([ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet], ProposalWorkflow.TargetsOf(ProposalStatus.Approved, ProposalAction.RecordCabinetDecision));

    [Theory]
    [InlineData("officer.hac@council.example", true)]
    [InlineData("OFFICER.HAC@COUNCIL.EXAMPLE", true)]
    [InlineData("co.author@council.example", true)]
    [InlineData("editor@council.example", true)]
    [InlineData("director.hac@council.example", false)]
    public void IsOwnWorkOf_CreatorCoAuthorOrLastEditor_IsTrue(string userName, bool ownWork)
    {
        var proposal = Build.DraftProposal();
        proposal.UpdateResources("A co-author's paragraph.", "Co.Author@council.example");
        proposal.UpdateResources("Changed.", "editor@council.example");

        Assert.Equal(ownWork, proposal.IsOwnWorkOf(userName));
        Assert.Equal(ownWork, SegregationOfDuties.IsOwnWork(userName, proposal.Contributors.Select(c => c.UserName)));
    }

    [Fact]
    public void NotWorkOf_AsAQuery_LeavesOutEveryContributor()
    {
        var proposal = Build.DraftProposal();
        proposal.UpdateResources("A co-author's paragraph.", "co.author@council.example");
        proposal.UpdateResources("Changed.", "editor@council.example");
        var notMine = SegregationOfDuties.NotWorkOf("CO.AUTHOR@council.example").Compile();

        Assert.False(notMine(proposal));
        Assert.True(SegregationOfDuties.NotWorkOf("director.hac@council.example").Compile()(proposal));
    }

    [Fact]
    public void Approve_ByACoAuthorWhoIsNeitherCreatorNorLastEditor_IsRefused()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateResources("A co-author's paragraph.", "director.hac@council.example");
        proposal.UpdateResources("The officer's final wording.", Build.Officer);
        proposal.Submit();

        var error = Assert.Throws<DomainException>(() => proposal.Approve("director.hac@council.example"));

        Assert.Contains("you have worked on", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
    }

    [Fact]
    public void RecordCabinetDecision_DatedAfterToday_IsRefusedOnTheDateField()
    {
        var error = Assert.Throws<DomainException>(() =>
            CabinetDecision.Record(CabinetOutcome.Agreed, null, "Mayor in Cabinet", "Executive Mayor", Build.Today.AddDays(1), DateTimeOffset.UnixEpoch, Build.Today));

        Assert.Equal(CabinetDecision.FutureDateMessage, error.Message);
        Assert.Equal("Day", error.Field);
    }

    [Fact]
    public void RecordCabinetDecision_DatedToday_IsKept() =>
        Assert.Equal(Build.Today, CabinetDecision.Record(CabinetOutcome.Agreed, null, "Mayor in Cabinet", "Executive Mayor", Build.Today, DateTimeOffset.UnixEpoch, Build.Today).DecisionDate);

    [Fact]
    public void View_IsAllowedInEveryStatus() =>
        Assert.All(Enum.GetValues<ProposalStatus>(), status => Assert.True(ProposalWorkflow.IsAllowed(status, ProposalAction.View)));

    [Fact]
    public void RecordCabinetDecision_NotAgreed_RecordsTheReasonAndMovesToNotAgreed()
    {
        var proposal = ProposalIn(ProposalStatus.Approved);

        proposal.RecordCabinetDecision(CabinetDecision.Record(CabinetOutcome.NotAgreed, "Deferred to next year.", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));

        Assert.Equal(ProposalStatus.NotAgreedByCabinet, proposal.Status);
        Assert.Equal("NOT agreed because Deferred to next year.", proposal.CabinetDecision!.Summary);
        Assert.Equal("Executive Mayor", proposal.CabinetDecision.DecisionMakerRole);
    }

    [Fact]
    public void CabinetDecision_NotAgreedWithoutReason_IsRefused() =>
        Assert.Throws<DomainException>(() => CabinetDecision.Record(CabinetOutcome.NotAgreed, " ", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));

    [Fact]
    public void Return_KeepsTheReasonForTheOfficer_AndResubmittingClearsIt()
    {
        var proposal = ProposalIn(ProposalStatus.Submitted);

        proposal.Return(Director, "  Please evidence the savings.  ");
        Assert.Equal("Please evidence the savings.", proposal.ReturnReason);
        Assert.True(proposal.IsEditable);

        proposal.Submit();
        Assert.Null(proposal.ReturnReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutReasons_IsRefused(string reason)
    {
        var proposal = ProposalIn(ProposalStatus.Submitted);

        Assert.Throws<DomainException>(() => proposal.Return(Director, reason));
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
    }

    [Fact]
    public void Reopen_WithoutReason_IsRefused()
    {
        var proposal = ProposalIn(ProposalStatus.Approved);

        Assert.Throws<DomainException>(() => proposal.Reopen(" "));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
    }

    [Theory]
    [InlineData(Build.Officer)]
    [InlineData("OFFICER.HAC@council.example")]
    public void ApproveOrReturn_ByWhoeverCreatedIt_IsRefused(string actor)
    {
        var proposal = ProposalIn(ProposalStatus.Submitted);

        Assert.Throws<DomainException>(() => proposal.Approve(actor));
        Assert.Throws<DomainException>(() => proposal.Return(actor, "Reasons"));
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
    }

    [Fact]
    public void Approve_ByWhoeverLastEditedIt_IsRefused()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateResources("Changed by the director.", Director);
        proposal.Submit();

        var error = Assert.Throws<DomainException>(() => proposal.Approve(Director));

        Assert.Contains("you have worked on", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Approved)]
    [InlineData(ProposalStatus.AgreedByCabinet)]
    [InlineData(ProposalStatus.NotAgreedByCabinet)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void Edit_WhenNotDraftOrReturned_IsRefused(ProposalStatus status)
    {
        var proposal = ProposalIn(status);

        Assert.Throws<DomainException>(() => proposal.UpdateResources("Too late.", Build.Officer));
    }

    /// <summary>A complete HAC proposal taken along the route to the status wanted.</summary>
    private static Proposal ProposalIn(ProposalStatus status)
    {
        var proposal = Build.CompleteProposal();
        switch (status)
        {
            case ProposalStatus.Draft:
                return proposal;
            case ProposalStatus.Withdrawn:
                proposal.Withdraw();
                return proposal;
        }

        proposal.Submit();
        switch (status)
        {
            case ProposalStatus.Returned:
                proposal.Return(Director, "Please check the figures.");
                break;
            case ProposalStatus.Approved or ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet:
                proposal.Approve(Director);
                if (status != ProposalStatus.Approved)
                {
                    var agreed = status == ProposalStatus.AgreedByCabinet;
                    proposal.RecordCabinetDecision(CabinetDecision.Record(agreed ? CabinetOutcome.Agreed : CabinetOutcome.NotAgreed, agreed ? null : "Deferred.", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));
                }

                break;
        }

        return proposal;
    }

    private static void Apply(Proposal proposal, ProposalAction action)
    {
        switch (action)
        {
            case ProposalAction.Edit:
                proposal.UpdateResources("Edited.", Build.Officer);
                break;
            case ProposalAction.Submit:
                proposal.Submit();
                break;
            case ProposalAction.Return:
                proposal.Return(Director, "Reasons.");
                break;
            case ProposalAction.Approve:
                proposal.Approve(Director);
                break;
            case ProposalAction.Withdraw:
                proposal.Withdraw();
                break;
            case ProposalAction.RecordCabinetDecision:
                proposal.RecordCabinetDecision(CabinetDecision.Record(CabinetOutcome.Agreed, null, "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));
                break;
            case ProposalAction.Reopen:
                proposal.Reopen("Cabinet asked for changes.");
                break;
            case ProposalAction.CorrectCabinetDecision:
                // The opposite of what was recorded: a slip between agreed and not agreed.
                var outcome = proposal.Status == ProposalStatus.AgreedByCabinet ? CabinetOutcome.NotAgreed : CabinetOutcome.Agreed;
                proposal.CorrectCabinetDecision(CabinetDecision.Record(outcome, "Consult first.", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today), "Recorded wrongly.");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
