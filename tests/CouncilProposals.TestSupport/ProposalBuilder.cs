using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.TestSupport;

/// <summary>Makes a proposal in the test database the way the app would, filled in as far as a test needs.</summary>
public sealed class ProposalBuilder
{
    private string _directorateCode = "RES";
    private string _title = "Test proposal " + Guid.NewGuid().ToString("N")[..6];
    private string _createdBy = "officer.res@council.example";
    private bool _complete;
    private decimal _budget = 1000m;
    private decimal[] _savings = [100m, 50m, 0m];
    private ProposalStatus _status = ProposalStatus.Draft;

    public ProposalBuilder InDirectorate(string code)
    {
        _directorateCode = code;
        _createdBy = $"officer.{code.ToLowerInvariant()}@council.example";
        return this;
    }

    public ProposalBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ProposalBuilder CreatedBy(string user)
    {
        _createdBy = user;
        return this;
    }

    public ProposalBuilder WithSavings(decimal budget, params decimal[] savings)
    {
        _budget = budget;
        _savings = savings;
        _complete = true;
        return this;
    }

    /// <summary>Every section filled in, ready to submit.</summary>
    public ProposalBuilder Complete()
    {
        _complete = true;
        return this;
    }

    public ProposalBuilder InStatus(ProposalStatus status)
    {
        _status = status;
        _complete = _complete || status != ProposalStatus.Draft;
        return this;
    }

    public async Task<Proposal> BuildAsync(AppDbContext db)
    {
        var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
        var directorate = await db.Directorates.SingleAsync(d => d.Code == _directorateCode);
        var created = await new ProposalCreator(db).CreateAsync(cycle.Id, directorate.Id, _title, _createdBy);
        var proposal = await db.Proposals
            .Include(p => p.Cycle).Include(p => p.SavingsLines).Include(p => p.FteReductions).Include(p => p.Risks).Include(p => p.ScreeningAnswers)
            .SingleAsync(p => p.Id == created.Id);

        if (_complete)
        {
            var years = cycle.SavingsYears;
            proposal.UpdateDetails(
                new ProposalDetails(_title, await db.SavingsTypes.Select(t => t.Id).FirstAsync(), await db.ServiceAreas.Select(a => a.Id).FirstAsync(),
                    "Test service", await db.StrategicPriorityOutcomes.Select(o => o.Id).FirstAsync(), "A. Officer, Head of Test", "Cllr B. Member, Cabinet Member"),
                _createdBy);
            proposal.UpdateFinancialImpact(
                Money.FromThousands(_budget),
                _savings.Select((amount, i) => new SavingsLineInput(years[i], Money.FromThousands(amount), SavingsKind.Saving)),
                _createdBy);
            proposal.SetNoStaffingImpact(_createdBy);
            proposal.UpdateSummary("Summary text.", new StandardAnswers("One.", "Two.", "Three.", "Four.", "Five."), _createdBy);
            proposal.UpdateRisks([("A risk.", "A mitigation.")], _createdBy);
            proposal.UpdateResources("Resources text.", _createdBy);
            proposal.UpdateEqualityScreening(
                new EqualityScreeningInput(ScreeningTool.Triggers.ToDictionary(t => t, _ => ((bool?)false, (string?)null)), "No impact.", false, null, null),
                _createdBy);
        }

        var director = $"director.{_directorateCode.ToLowerInvariant()}@council.example";
        if (_status != ProposalStatus.Draft)
        {
            if (_status == ProposalStatus.Withdrawn)
            {
                proposal.Withdraw();
            }
            else
            {
                proposal.Submit();
                if (_status == ProposalStatus.Returned)
                {
                    proposal.Return(director, "Please check the figures.");
                }
                else if (_status is ProposalStatus.Approved or ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet)
                {
                    proposal.Approve(director);
                    if (_status != ProposalStatus.Approved)
                    {
                        var agreed = _status == ProposalStatus.AgreedByCabinet;
                        proposal.RecordCabinetDecision(new CabinetDecision(agreed, agreed ? null : "Deferred to next year.", "Mayor in Cabinet", "Executive Mayor", new DateOnly(2026, 2, 17), DateTimeOffset.UtcNow));
                    }
                }
            }
        }

        await db.SaveChangesAsync();
        return proposal;
    }
}
