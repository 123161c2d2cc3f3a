using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// Information that is not for publication: Corporate Finance marks a proposal exempt under a paragraph of Schedule
/// 12A, with the reason, so that the public version of a Cabinet pack withholds it. Its reference and title stay
/// public; everything else in its appendix is withheld.
/// </summary>
public sealed partial class Proposal
{
    public const int ExemptReasonMaxLength = 1000;

    public ExemptionParagraph? ExemptParagraph { get; private set; }

    public string? ExemptReason { get; private set; }

    public bool IsExempt => ExemptParagraph is not null;

    public void MarkExempt(ExemptionParagraph paragraph, string? reason)
    {
        if (paragraph.Number == 0)
        {
            throw new DomainException(ExemptionParagraph.OutOfRangeMessage, nameof(ExemptParagraph));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason the information is exempt.", nameof(ExemptReason));
        }

        ExemptReason = ProposalText.Optional(reason, ExemptReasonMaxLength, "The reason");
        ExemptParagraph = paragraph;
    }

    public void ClearExemption()
    {
        ExemptParagraph = null;
        ExemptReason = null;
    }
}
