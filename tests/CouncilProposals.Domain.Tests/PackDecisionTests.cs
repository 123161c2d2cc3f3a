using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

/// <summary>Cabinet's decisions: the three outcomes, a whole pack recorded all or nothing, corrections, copying and deleting packs.</summary>
public sealed class PackDecisionTests
{
    private static readonly DecisionMeeting Meeting = new("Mayor in Cabinet", "Executive Mayor", new DateOnly(2026, 2, 17));
    private static readonly DateTimeOffset Lodged = new(2026, 2, 18, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CabinetOutcome.Agreed, null, ProposalStatus.AgreedByCabinet, "Agreed")]
    [InlineData(CabinetOutcome.AgreedWithChanges, "Phased over two years.", ProposalStatus.AgreedByCabinet, "Agreed with changes: Phased over two years.")]
    [InlineData(CabinetOutcome.NotAgreed, "Too risky.", ProposalStatus.NotAgreedByCabinet, "NOT agreed because Too risky.")]
    public void RecordCabinetDecision_EachOutcome_MovesToItsStatusAndSaysSo(CabinetOutcome outcome, string? details, ProposalStatus status, string summary)
    {
        var proposal = Approved(1);

        proposal.RecordCabinetDecision(Decision(outcome, details));

        Assert.Equal(status, proposal.Status);
        Assert.Equal(summary, proposal.CabinetDecision!.Summary);
    }

    [Fact]
    public void Record_AgreedWithChangesWithoutWhatChanged_IsRefusedOnTheChanges()
    {
        var error = Assert.Throws<DomainException>(() => Decision(CabinetOutcome.AgreedWithChanges, "  "));

        Assert.Equal(nameof(CabinetDecision.Changes), error.Field);
    }

    [Fact]
    public void Record_Agreed_KeepsNoReasonOrChanges()
    {
        var decision = Decision(CabinetOutcome.Agreed, "Typed before choosing Agreed.");

        Assert.Null(decision.Reason);
        Assert.Null(decision.Changes);
    }

    [Fact]
    public void PackDecisions_AllValid_RecordsEveryDecisionFromThePackAndReturnsTheDeferred()
    {
        var (pack, proposals) = PackOf(4);

        var deferred = PackDecisions.Record(
            pack,
            Meeting,
            [Row(proposals[0], PackOutcome.Agreed), Row(proposals[1], PackOutcome.AgreedWithChanges, "Start in 2022-23."), Row(proposals[2], PackOutcome.NotAgreed, "Consult first."), Row(proposals[3], PackOutcome.Deferred)],
            Lodged,
            Build.Today);

        Assert.Equal([ProposalStatus.AgreedByCabinet, ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet, ProposalStatus.Approved], proposals.Select(p => p.Status));
        Assert.All(proposals.Take(3), p => Assert.Equal(pack.Id, p.CabinetDecision!.PackId));
        Assert.Equal("Start in 2022-23.", proposals[1].CabinetDecision!.Changes);
        Assert.Null(proposals[3].CabinetDecision);
        Assert.Equal([proposals[3]], deferred);
    }

    [Fact]
    public void PackDecisions_OneRowWithoutItsReason_RecordsNothingAndNamesTheRow()
    {
        var (pack, proposals) = PackOf(3);

        var error = Assert.Throws<DomainException>(() => PackDecisions.Record(
            pack, Meeting, [Row(proposals[0], PackOutcome.Agreed), Row(proposals[1], PackOutcome.Agreed), Row(proposals[2], PackOutcome.NotAgreed, " ")], Lodged, Build.Today));

        Assert.Equal("Rows[2].Reason", error.Field);
        Assert.Contains(proposals[2].Reference, error.Message, StringComparison.Ordinal);
        Assert.All(proposals, p => Assert.Equal(ProposalStatus.Approved, p.Status));
        Assert.All(proposals, p => Assert.Null(p.CabinetDecision));
    }

    [Fact]
    public void PackDecisions_AProposalAlreadyDecided_RecordsNothing()
    {
        var (pack, proposals) = PackOf(2);
        proposals[1].RecordCabinetDecision(Decision(CabinetOutcome.Agreed));

        var error = Assert.Throws<DomainException>(() => PackDecisions.Record(pack, Meeting, [Row(proposals[0], PackOutcome.Agreed), Row(proposals[1], PackOutcome.NotAgreed, "No.")], Lodged, Build.Today));

        Assert.Equal("Rows[1].Outcome", error.Field);
        Assert.Equal(ProposalStatus.Approved, proposals[0].Status);
    }

    [Fact]
    public void PackDecisions_AProposalNotInThePack_IsRefused()
    {
        var (pack, _) = PackOf(1);

        var error = Assert.Throws<DomainException>(() => PackDecisions.Record(pack, Meeting, [Row(Approved(99), PackOutcome.Agreed)], Lodged, Build.Today));

        Assert.Contains("is not in this pack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PackDecisions_DatedAfterToday_IsRefusedOnTheDate()
    {
        var (pack, proposals) = PackOf(1);

        var error = Assert.Throws<DomainException>(() => PackDecisions.Record(pack, Meeting with { DecisionDate = Build.Today.AddDays(1) }, [Row(proposals[0], PackOutcome.Deferred)], Lodged, Build.Today));

        Assert.Equal("Day", error.Field);
    }

    [Fact]
    public void CorrectCabinetDecision_KeepsThePackAndMovesToTheCorrectedStatus()
    {
        var (pack, proposals) = PackOf(1);
        PackDecisions.Record(pack, Meeting, [Row(proposals[0], PackOutcome.Agreed)], Lodged, Build.Today);

        proposals[0].CorrectCabinetDecision(Decision(CabinetOutcome.NotAgreed, "Cabinet asked for consultation first."), "Recorded against the wrong proposal.");

        Assert.Equal(ProposalStatus.NotAgreedByCabinet, proposals[0].Status);
        Assert.Equal("NOT agreed because Cabinet asked for consultation first.", proposals[0].CabinetDecision!.Summary);
        Assert.Equal(pack.Id, proposals[0].CabinetDecision!.PackId);
    }

    [Fact]
    public void CorrectCabinetDecision_WithoutAReasonOrChangingNothing_KeepsTheOriginal()
    {
        var proposal = Approved(1);
        var original = Decision(CabinetOutcome.Agreed);
        proposal.RecordCabinetDecision(original);

        Assert.Throws<DomainException>(() => proposal.CorrectCabinetDecision(Decision(CabinetOutcome.NotAgreed, "No."), " "));
        var same = Assert.Throws<DomainException>(() => proposal.CorrectCabinetDecision(Decision(CabinetOutcome.Agreed), "A slip."));

        Assert.Contains("same as the one recorded", same.Message, StringComparison.Ordinal);
        Assert.Same(original, proposal.CabinetDecision);
        Assert.Equal(ProposalStatus.AgreedByCabinet, proposal.Status);
    }

    [Fact]
    public void CorrectCabinetDecision_BeforeAnyDecision_IsRefused() =>
        Assert.Throws<DomainException>(() => Approved(1).CorrectCabinetDecision(Decision(CabinetOutcome.Agreed), "A slip."));

    [Fact]
    public void CopyFor_TakesTheDetailsAndOnlyTheProposalsStillAwaitingADecisionInOrder()
    {
        var pack = new CabinetPack(1, "Cabinet", new DateOnly(2026, 2, 17), "February budget", "Unrestricted", padToEvenPages: true);
        pack.SetProposals([new PackCandidate(5, "E", 1, ProposalStatus.Approved), new PackCandidate(3, "C", 1, ProposalStatus.Approved), new PackCandidate(4, "D", 1, ProposalStatus.Approved)]);
        pack.UpdateCoveringReport(FrontSheet.Empty with { LeadMember = "Mayor" }, new Dictionary<ReportPart, string?> { [ReportPart.ExecutiveSummary] = "Summary." });

        var copy = pack.CopyFor("Cabinet", new DateOnly(2026, 3, 17), "March budget", [new PackCandidate(3, "C", 1, ProposalStatus.Approved), new PackCandidate(4, "D", 1, ProposalStatus.AgreedByCabinet), new PackCandidate(5, "E", 1, ProposalStatus.Approved)]);

        Assert.Equal([5, 3], copy.Items.OrderBy(i => i.Order).Select(i => i.ProposalId));
        Assert.Equal(("March budget", new DateOnly(2026, 3, 17), "Unrestricted", true), (copy.Title, copy.MeetingDate, copy.Classification, copy.PadToEvenPages));
        Assert.Equal("Mayor", copy.FrontSheet.LeadMember);
        Assert.Equal("Summary.", Assert.Single(copy.CoveringReport).Text);
    }

    [Fact]
    public void EnsureCanBeDeleted_AfterADecision_IsRefused()
    {
        CabinetPack.EnsureCanBeDeleted(0);

        Assert.Equal(CabinetPack.DecidedMessage, Assert.Throws<DomainException>(() => CabinetPack.EnsureCanBeDeleted(1)).Message);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("02", 2)]
    [InlineData(" Feb ", 2)]
    [InlineData("feb.", 2)]
    [InlineData("FEBRUARY", 2)]
    [InlineData("Sept", 9)]
    [InlineData("sep", 9)]
    [InlineData("Mar", 3)]
    [InlineData("May", 5)]
    [InlineData("Jun", 6)]
    [InlineData("Jul", 7)]
    [InlineData("December", 12)]
    [InlineData("13", null)]
    [InlineData("0", null)]
    [InlineData("Ju", null)]
    [InlineData("Febuary", null)]
    [InlineData("-2", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Month_AsANumberOrAName_IsRead(string? text, int? month) => Assert.Equal(month, DateText.Month(text));

    [Theory]
    [InlineData("17", "Feb", "2021", "2021-02-17")]
    [InlineData("29", "february", "2024", "2024-02-29")]
    [InlineData("29", "Feb", "2021", null)]
    [InlineData("17", "Feb", "21", null)]
    [InlineData("seventeen", "2", "2021", null)]
    public void Read_ADateWithTheMonthInWords_IsTheRealDateOrNone(string day, string month, string year, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateText.Read(day, month, year));

    private static CabinetDecision Decision(CabinetOutcome outcome, string? details = null) =>
        CabinetDecision.Record(outcome, details, Meeting.DecisionMaker, Meeting.DecisionMakerRole, Meeting.DecisionDate, Lodged, Build.Today);

    private static PackDecisionRow Row(Proposal proposal, PackOutcome outcome, string? details = null) => new(proposal, outcome, details);

    private static Proposal Approved(int id)
    {
        var proposal = Build.CompleteProposal();
        proposal.Submit();
        proposal.Approve("director.hac@council.example");

        // Saved proposals have their ids from the database; these have them set as if saved.
        typeof(Proposal).GetProperty(nameof(Proposal.Id))!.SetValue(proposal, id);
        return proposal;
    }

    private static (CabinetPack Pack, List<Proposal> Proposals) PackOf(int count)
    {
        var proposals = Enumerable.Range(1, count).Select(Approved).ToList();
        var pack = new CabinetPack(proposals[0].CycleId, "Cabinet", Meeting.DecisionDate, "Budget", "Unrestricted");
        typeof(CabinetPack).GetProperty(nameof(CabinetPack.Id))!.SetValue(pack, 7);
        pack.SetProposals(proposals.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
        return (pack, proposals);
    }
}
