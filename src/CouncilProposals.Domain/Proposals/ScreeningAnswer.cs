namespace CouncilProposals.Domain.Proposals;

/// <summary>One trigger question's answer (Yes, No, or not yet answered) and the impact summary beside it.</summary>
public sealed class ScreeningAnswer
{
    private ScreeningAnswer()
    {
    }

    internal ScreeningAnswer(ScreeningTrigger trigger, bool? answer, string? impact)
    {
        Trigger = trigger;
        Answer = answer;
        Impact = string.IsNullOrWhiteSpace(impact) ? null : impact.Trim();
    }

    public int ProposalId { get; private set; }

    public ScreeningTrigger Trigger { get; private set; }

    public bool? Answer { get; private set; }

    public string? Impact { get; private set; }
}
