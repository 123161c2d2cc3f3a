using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

public sealed class ExemptionTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 7 ", 7)]
    public void Paragraph_FromOneToSeven_IsRead(string text, int expected)
    {
        Assert.True(ExemptionParagraph.TryParse(text, out var paragraph));
        Assert.Equal(expected, paragraph.Number);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("3.0")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99999999999999999999")]
    public void Paragraph_OutsideOneToSeven_IsRefused(string? text)
    {
        Assert.False(ExemptionParagraph.TryParse(text, out _));
        if (int.TryParse(text, out var number))
        {
            Assert.Equal(ExemptionParagraph.OutOfRangeMessage, Assert.Throws<DomainException>(() => ExemptionParagraph.From(number)).Message);
        }
    }

    [Fact]
    public void Paragraph_CitesTheActInTheCouncilsWords()
    {
        Assert.Equal("paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972", ExemptionParagraph.From(3).Citation);
        Assert.Equal(7, ExemptionParagraph.All.Count);
        Assert.All(ExemptionParagraph.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Fact]
    public void MarkExempt_KeepsTheParagraphAndTrimmedReason_AndClearRemovesBoth()
    {
        var proposal = Build.DraftProposal();

        proposal.MarkExempt(ExemptionParagraph.From(3), "  Names a contractor's prices  ");

        Assert.True(proposal.IsExempt);
        Assert.Equal(3, proposal.ExemptParagraph?.Number);
        Assert.Equal("Names a contractor's prices", proposal.ExemptReason);

        proposal.ClearExemption();

        Assert.False(proposal.IsExempt);
        Assert.Null(proposal.ExemptReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void MarkExempt_WithoutAReason_IsRefused(string? reason)
    {
        var proposal = Build.DraftProposal();

        var error = Assert.Throws<DomainException>(() => proposal.MarkExempt(ExemptionParagraph.From(1), reason));

        Assert.Equal(nameof(Proposal.ExemptReason), error.Field);
        Assert.False(proposal.IsExempt);
    }

    [Fact]
    public void MarkExempt_WithAnUnsetParagraph_IsRefused()
    {
        var proposal = Build.DraftProposal();

        Assert.Throws<DomainException>(() => proposal.MarkExempt(default, "Reason"));
        Assert.Throws<DomainException>(() => proposal.MarkExempt(ExemptionParagraph.From(2), new string('x', Proposal.ExemptReasonMaxLength + 1)));
        Assert.False(proposal.IsExempt);
    }

    [Theory]
    [InlineData(CabinetOutcome.Agreed)]
    [InlineData(CabinetOutcome.AgreedWithChanges)]
    [InlineData(CabinetOutcome.NotAgreed)]
    public void DraftDocument_EndsWhenCabinetHasDecided_WhateverItDecided(CabinetOutcome outcome)
    {
        var proposal = Build.CompleteProposal();
        proposal.Submit();
        proposal.Approve("director.hac@council.example");
        Assert.True(proposal.IsDraftDocument);

        proposal.RecordCabinetDecision(CabinetDecision.Record(outcome, "Details", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));

        Assert.False(proposal.IsDraftDocument);
    }

    [Fact]
    public void DraftDocument_StaysForAWithdrawnProposal_WhichCabinetNeverDecided()
    {
        var proposal = Build.CompleteProposal();
        proposal.Submit();
        proposal.Withdraw();

        Assert.True(proposal.IsDraftDocument);
    }

    [Fact]
    public void ReportPart_MarkedExempt_StaysExemptWhenTheReportIsEdited_AndOnlyAPartWithTextCanBe()
    {
        var pack = new CouncilProposals.Domain.CabinetPacks.CabinetPack(1, "Cabinet", new DateOnly(2026, 2, 17), "Budget", "Unrestricted");
        pack.UpdateCoveringReport(CouncilProposals.Domain.CabinetPacks.FrontSheet.Empty, new Dictionary<CouncilProposals.Domain.CabinetPacks.ReportPart, string?> { [CouncilProposals.Domain.CabinetPacks.ReportPart.DetailsOfReport] = "Contract prices" });

        Assert.Throws<DomainException>(() => pack.MarkReportPartExempt(CouncilProposals.Domain.CabinetPacks.ReportPart.LegalComments, ExemptionParagraph.From(5), "Advice"));
        pack.MarkReportPartExempt(CouncilProposals.Domain.CabinetPacks.ReportPart.DetailsOfReport, ExemptionParagraph.From(3), "Prices");
        pack.UpdateCoveringReport(CouncilProposals.Domain.CabinetPacks.FrontSheet.Empty, new Dictionary<CouncilProposals.Domain.CabinetPacks.ReportPart, string?> { [CouncilProposals.Domain.CabinetPacks.ReportPart.DetailsOfReport] = "Contract prices, revised" });

        var section = Assert.Single(pack.CoveringReport);
        Assert.Equal(3, section.ExemptParagraph?.Number);
        Assert.Equal("Prices", section.ExemptReason);

        pack.ClearReportPartExemption(CouncilProposals.Domain.CabinetPacks.ReportPart.DetailsOfReport);
        Assert.Null(Assert.Single(pack.CoveringReport).ExemptParagraph);
    }
}
