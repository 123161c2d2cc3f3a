using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Tests;

public sealed class CabinetPackRulesTests
{
    private static CabinetPack Pack() => new(cycleId: 1, "Cabinet", new DateOnly(2021, 2, 17), "Savings proposals", "Unrestricted");

    [Theory]
    [InlineData(ProposalStatus.Approved)]
    [InlineData(ProposalStatus.AgreedByCabinet)]
    [InlineData(ProposalStatus.NotAgreedByCabinet)]
    public void SetProposals_OfDecidedOrApprovedProposals_KeepsTheirOrder(ProposalStatus status)
    {
        var pack = Pack();

        pack.SetProposals([new PackCandidate(7, "SAV / HAC 009 / 21-22", 1, status), new PackCandidate(3, "SAV / RES 001 / 21-22", 1, ProposalStatus.Approved)]);

        Assert.Equal([7, 3], pack.Items.OrderBy(i => i.Order).Select(i => i.ProposalId));
    }

    [Theory]
    [InlineData(ProposalStatus.Draft)]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Returned)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void SetProposals_WithAProposalNotYetApproved_IsRefused(ProposalStatus status)
    {
        var error = Assert.Throws<DomainException>(() => Pack().SetProposals([new PackCandidate(7, "SAV / HAC 009 / 21-22", 1, status)]));

        Assert.Contains("only approved proposals can go to Cabinet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetProposals_FromAnotherCycle_IsRefused() =>
        Assert.Throws<DomainException>(() => Pack().SetProposals([new PackCandidate(7, "SAV / HAC 009 / 20-21", 2, ProposalStatus.Approved)]));

    [Fact]
    public void SetProposals_TheSameProposalTwice_IsRefused() =>
        Assert.Throws<DomainException>(() => Pack().SetProposals([new PackCandidate(7, "A", 1, ProposalStatus.Approved), new PackCandidate(7, "A", 1, ProposalStatus.Approved)]));

    [Fact]
    public void CoveringReport_KeepsTheCouncilsOrderAndDropsEmptyParts()
    {
        var pack = Pack();

        pack.UpdateCoveringReport(FrontSheet.Empty, new Dictionary<ReportPart, string?>
        {
            [ReportPart.LegalComments] = "Legal.",
            [ReportPart.ExecutiveSummary] = "Summary.",
            [ReportPart.Recommendations] = " ",
        });

        Assert.Equal([ReportPart.ExecutiveSummary, ReportPart.LegalComments], pack.CoveringReport.Select(s => s.Part));
    }
}
