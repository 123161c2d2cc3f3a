using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Tests.Infrastructure;

/// <summary>People and proposal facts for the permission tests: directorate 1 is HAC, 2 is CHI.</summary>
public static class Actors
{
    public const int Hac = 1;
    public const int Chi = 2;

    public static Actor Officer(int directorate = Hac, string name = "officer.hac@council.example") => new(name, new HashSet<string> { Roles.FinanceOfficer }, new HashSet<int> { directorate });

    public static Actor Director(int directorate = Hac, string name = "director.hac@council.example") => new(name, new HashSet<string> { Roles.Director }, new HashSet<int> { directorate });

    public static Actor CorporateFinance() => new("corporate.finance@council.example", new HashSet<string> { Roles.CorporateFinance }, new HashSet<int>());

    public static Actor Administrator() => new("admin@council.example", new HashSet<string> { Roles.Administrator }, new HashSet<int>());

    public static ProposalFacts HacProposal(ProposalStatus status = ProposalStatus.Submitted, string createdBy = "officer.hac@council.example", string? lastEditedBy = null) =>
        new(Hac, status, new[] { createdBy, lastEditedBy ?? createdBy }.Select(SegregationOfDuties.Normalise).Distinct().ToList());
}
