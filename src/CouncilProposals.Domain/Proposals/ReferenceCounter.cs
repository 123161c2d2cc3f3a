using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// Hands out reference numbers for one directorate in one cycle. A number is never handed out twice, even when
/// its proposal is withdrawn: Tower Hamlets' scrutiny once found one reference used for two different savings.
/// </summary>
public sealed class ReferenceCounter : IVersioned
{
    private ReferenceCounter()
    {
    }

    public ReferenceCounter(int cycleId, int directorateId, int lastNumber = 0)
    {
        if (lastNumber < 0)
        {
            throw new DomainException("A reference counter cannot start below zero.");
        }

        CycleId = cycleId;
        DirectorateId = directorateId;
        LastNumber = lastNumber;
    }

    public int CycleId { get; private set; }

    public int DirectorateId { get; private set; }

    public int LastNumber { get; private set; }

    public Guid Version { get; set; }

    public int Allocate()
    {
        if (LastNumber >= ProposalReference.MaxNumber)
        {
            throw new DomainException($"This directorate has used all {ProposalReference.MaxNumber:N0} reference numbers in this cycle.", nameof(Proposal.DirectorateId));
        }

        LastNumber++;
        return LastNumber;
    }
}
