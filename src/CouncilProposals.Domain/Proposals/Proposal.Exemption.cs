namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// Information that is not for publication: Corporate Finance marks a proposal exempt under a paragraph of Schedule
/// 12A, with the reason, so that the public version of a Cabinet pack withholds it. Its reference and title stay
/// public; everything else in its appendix is withheld.
/// </summary>
public sealed partial class Proposal
{
    public const int ExemptReasonMaxLength = ExemptionParagraph.ReasonMaxLength;

    public ExemptionParagraph? ExemptParagraph { get; private set; }

    public string? ExemptReason { get; private set; }

    public bool IsExempt => ExemptParagraph is not null;

    public void MarkExempt(ExemptionParagraph paragraph, string? reason)
    {
        var checkedParagraph = paragraph.Checked();
        ExemptReason = ExemptionParagraph.Reason(reason, nameof(ExemptReason));
        ExemptParagraph = checkedParagraph;
    }

    public void ClearExemption()
    {
        ExemptParagraph = null;
        ExemptReason = null;
    }
}
