using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Tests.Infrastructure;

/// <summary>Domain objects for tests, with the values of the golden sample unless a test says otherwise.</summary>
public static class Build
{
    /// <summary>The council's today in these tests.</summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    public const string Officer = "officer.hac@council.example";

    public static MtfsCycle OpenCycle(int baseYear = 2020)
    {
        var cycle = new MtfsCycle(new FinancialYear(baseYear));
        cycle.Open();
        return cycle;
    }

    public static Directorate Hac() => new("Health, Adults & Community", "HAC");

    public static Proposal DraftProposal(MtfsCycle? cycle = null, int number = 9)
    {
        cycle ??= OpenCycle();
        var directorate = Hac();
        return new Proposal(cycle, directorate, new ProposalReference(directorate.Code, number, cycle.FirstSavingsYear), "Mainstreaming Communities Driving Change", Officer);
    }

    /// <summary>A proposal with every section filled in, ready to submit.</summary>
    public static Proposal CompleteProposal()
    {
        var proposal = DraftProposal();
        var years = proposal.Cycle.SavingsYears;
        proposal.UpdateDetails(new ProposalDetails("Mainstreaming Communities Driving Change", 1, 1, "Public Health", 9, "Somen Banerjee, Director of Public Health", "Cllr Rachel Blake"), Officer);
        proposal.UpdateFinancialImpact(
            Money.FromThousands(742m),
            [new SavingsLineInput(years[0], Money.FromThousands(371m), SavingsKind.Saving), new SavingsLineInput(years[1], Money.FromThousands(371m), SavingsKind.Saving)],
            Officer);
        proposal.SetNoStaffingImpact(Officer);
        proposal.UpdateSummary("Summary.", new StandardAnswers("1", "2", "3", "4", "5"), Officer);
        proposal.UpdateRisks([("Risk", "Mitigation")], Officer);
        proposal.UpdateResources("Resources.", Officer);
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(ScreeningTool.Triggers.ToDictionary(t => t, _ => ((bool?)false, (string?)null)), "Summary", false, null, null),
            Officer);
        return proposal;
    }

    public static Money Thousands(decimal amount) => Money.FromThousands(amount);
}
