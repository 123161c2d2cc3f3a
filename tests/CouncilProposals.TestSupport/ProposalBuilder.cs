using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Hosting.Seeding;

namespace CouncilProposals.TestSupport;

/// <summary>
/// Makes a proposal in the test database the way the demo data does (<see cref="DemoData.AddProposalAsync"/>),
/// filled in with the golden sample's answers as far as a test needs, with a title of its own.
/// </summary>
public sealed class ProposalBuilder
{
    private DemoProposal _spec = DemoProposals.Golden with
    {
        DirectorateCode = "RES",
        Title = "Test proposal " + Unique.Word(),
        Budget = 1000m,
        Savings = [100m, 50m, 0m],
        Status = ProposalStatus.Draft,
    };

    private bool _complete;

    public ProposalBuilder InDirectorate(string code)
    {
        _spec = _spec with { DirectorateCode = code, CreatedBy = null };
        return this;
    }

    public ProposalBuilder Titled(string title)
    {
        _spec = _spec with { Title = title };
        return this;
    }

    public ProposalBuilder CreatedBy(string user)
    {
        _spec = _spec with { CreatedBy = user };
        return this;
    }

    public ProposalBuilder WithSavings(decimal budget, params decimal[] savings)
    {
        _spec = _spec with { Budget = budget, Savings = savings };
        _complete = true;
        return this;
    }

    /// <summary>In a cycle of the test's own, which must be open while the proposal is built.</summary>
    public ProposalBuilder InCycle(int cycleId)
    {
        _spec = _spec with { CycleId = cycleId };
        return this;
    }

    public ProposalBuilder WithStaffing(decimal current, params decimal[] reductions)
    {
        _spec = _spec with { Staffing = (current, reductions) };
        _complete = true;
        return this;
    }

    /// <summary>The screening tool's seven answers in the tool's order, and whether a full EA will be required (when not, a reason is given).</summary>
    public ProposalBuilder WithScreening(bool fullEaRequired, params (bool Answer, string? Impact)[] answers)
    {
        _spec = _spec with { Screening = answers, FullEaRequired = fullEaRequired };
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
        _spec = _spec with { Status = status };
        _complete = _complete || status != ProposalStatus.Draft;
        return this;
    }

    public Task<Proposal> BuildAsync(AppDbContext db) => DemoData.AddProposalAsync(db, _spec, _complete);
}
