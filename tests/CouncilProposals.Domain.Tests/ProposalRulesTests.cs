using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

public sealed class ProposalRulesTests
{
    [Fact]
    public void Reference_ReadsAsTheCouncilWritesIt()
    {
        var reference = new ProposalReference("hac", 9, new FinancialYear(2021));

        Assert.Equal("SAV / HAC 009 / 21-22", reference.ToString());
        Assert.Equal("SAV-HAC-009-21-22", reference.FileName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ProposalReference.MaxNumber + 1)]
    public void Reference_NumberRunsFrom1ToTheMaximum(int number) =>
        Assert.Throws<DomainException>(() => new ProposalReference("HAC", number, new FinancialYear(2021)));

    [Fact]
    public void Reference_After999_TakesAFourthDigit() =>
        Assert.Equal("SAV / HAC 1000 / 21-22", new ProposalReference("HAC", 1000, new FinancialYear(2021)).ToString());

    [Fact]
    public void Reference_SortKey_PutsThe1000thAfterThe999th()
    {
        string[] references = ["SAV / HAC 1000 / 21-22", "SAV / HAC 999 / 21-22", "SAV / GOV 1001 / 21-22", "SAV / HAC 010 / 21-22"];

        var sorted = references.OrderBy(ProposalReference.SortKey, StringComparer.Ordinal);

        Assert.Equal(["SAV / GOV 1001 / 21-22", "SAV / HAC 010 / 21-22", "SAV / HAC 999 / 21-22", "SAV / HAC 1000 / 21-22"], sorted);
    }

    [Fact]
    public void ReferenceCounter_HandsOutEachNumberOnce_EvenTwoInARow()
    {
        var counter = new ReferenceCounter(cycleId: 1, directorateId: 1, lastNumber: 8);

        var first = counter.Allocate();
        var second = counter.Allocate();

        Assert.Equal(9, first);
        Assert.Equal(10, second);
        Assert.Equal(10, counter.LastNumber);
    }

    [Fact]
    public void ReferenceCounter_Passes999()
    {
        var counter = new ReferenceCounter(1, 1, lastNumber: 999);

        Assert.Equal(1000, counter.Allocate());
    }

    [Fact]
    public void ReferenceCounter_StopsAtTheMaximum()
    {
        var counter = new ReferenceCounter(1, 1, lastNumber: ProposalReference.MaxNumber);

        var error = Assert.Throws<DomainException>(() => counter.Allocate());
        Assert.Equal(nameof(Proposal.DirectorateId), error.Field);
    }

    [Fact]
    public void Create_TakesTheReferenceOfItsDirectorateAndCycle()
    {
        var proposal = Build.DraftProposal(number: 9);

        Assert.Equal("SAV / HAC 009 / 21-22", proposal.Reference);
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void Create_InAClosedCycle_IsRefused()
    {
        var cycle = Build.OpenCycle();
        cycle.Close();

        var error = Assert.Throws<DomainException>(() => Build.DraftProposal(cycle));
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Proposal.CycleId), error.Field);
    }

    [Fact]
    public void Totals_AreComputedFromTheLines()
    {
        var proposal = Build.DraftProposal();
        var years = proposal.Cycle.SavingsYears;

        proposal.UpdateFinancialImpact(
            Build.Thousands(742m),
            [
                new SavingsLineInput(years[0], Build.Thousands(300m), SavingsKind.Saving),
                new SavingsLineInput(years[0], Build.Thousands(71m), SavingsKind.Income, "Fees"),
                new SavingsLineInput(years[1], Build.Thousands(371m), SavingsKind.Saving),
            ],
            Build.Officer);

        Assert.Equal("(371)", proposal.SavingsIn(years[0]).ToSavingText());
        Assert.Equal("(371)", proposal.SavingsIn(years[1]).ToSavingText());
        Assert.Equal("-", proposal.SavingsIn(years[2]).ToSavingText());
        Assert.Equal("(742)", proposal.TotalSavings.ToSavingText());
    }

    [Fact]
    public void SavingsLine_InAYearOutsideTheCycle_IsRefused()
    {
        var proposal = Build.DraftProposal();

        var error = Assert.Throws<DomainException>(() =>
            proposal.AddSavingsLine(new FinancialYear(2024), Build.Thousands(10m), SavingsKind.Saving, null, Build.Officer));
        Assert.Equal("2024-25 is not a savings year of the 2021-24 cycle.", error.Message);
    }

    [Fact]
    public void SavingsLine_InTheBaseYear_IsRefused()
    {
        var proposal = Build.DraftProposal();

        Assert.Throws<DomainException>(() =>
            proposal.AddSavingsLine(proposal.Cycle.BaseYear, Build.Thousands(10m), SavingsKind.Saving, null, Build.Officer));
    }

    [Fact]
    public void Staffing_ReductionsBeyondCurrentFte_AreRefused()
    {
        var proposal = Build.DraftProposal();
        var years = proposal.Cycle.SavingsYears;

        var error = Assert.Throws<DomainException>(() => proposal.UpdateStaffingImpact(
            Fte.From(3m),
            new Dictionary<FinancialYear, Fte> { [years[0]] = Fte.From(2m), [years[1]] = Fte.From(1.5m) },
            Build.Officer));
        Assert.Equal("FTE reductions (3.5) cannot be more than the current FTE (3).", error.Message);
        Assert.Equal(nameof(Proposal.CurrentFte), error.Field);
    }

    [Fact]
    public void Staffing_NotApplicable_HasNoFigures()
    {
        var proposal = Build.DraftProposal();

        proposal.SetNoStaffingImpact(Build.Officer);

        Assert.False(proposal.HasStaffingImpact);
        Assert.Null(proposal.TotalFteReductions);
        Assert.Null(proposal.FteReductionIn(proposal.Cycle.FirstSavingsYear));
    }

    [Fact]
    public void Risks_KeepTheOrderGivenAndDropEmptyRows()
    {
        var proposal = Build.DraftProposal();

        proposal.UpdateRisks([("Second thought first", "M1"), ("", ""), ("Another", "M2")], Build.Officer);

        Assert.Equal(["Second thought first", "Another"], proposal.Risks.Select(r => r.Description));
        Assert.Equal([1, 2], proposal.Risks.Select(r => r.Order));
    }

    [Fact]
    public void Edit_RecordsWhoLastEdited()
    {
        var proposal = Build.DraftProposal();

        proposal.UpdateResources("More", "someone.else@council.example");

        Assert.Equal("someone.else@council.example", proposal.LastEditedBy);
        Assert.Equal(Build.Officer, proposal.CreatedBy);
    }

    [Fact]
    public void Edit_OfASubmittedProposal_IsRefused()
    {
        var proposal = Build.CompleteProposal();
        proposal.Submit();

        Assert.Throws<DomainException>(() => proposal.UpdateResources("Late change", Build.Officer));
    }

    [Fact]
    public void Title_IsRequired() =>
        Assert.Throws<DomainException>(() => Build.DraftProposal().UpdateDetails(new ProposalDetails(" ", null, null, null, null, null, null), Build.Officer));

    [Fact]
    public void DraftHeading_StaysUntilCabinetAgrees()
    {
        var proposal = Build.CompleteProposal();
        proposal.Submit();
        proposal.Approve("director.hac@council.example");
        Assert.True(proposal.IsDraftDocument);

        proposal.RecordCabinetDecision(CabinetDecision.Record(CabinetOutcome.Agreed, null, "Mayor in Cabinet", "Executive Mayor", new DateOnly(2021, 2, 17), DateTimeOffset.UnixEpoch, Build.Today));

        Assert.False(proposal.IsDraftDocument);
        Assert.Equal(ProposalStatus.AgreedByCabinet, proposal.Status);
    }
}
