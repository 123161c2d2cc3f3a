using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Cycles;

/// <summary>
/// How far a proposal's savings have got, as the savings overview counts them. Withdrawn proposals and those
/// Cabinet did not agree are in no stage: their savings are not counted against the target.
/// </summary>
public enum SavingsStage
{
    /// <summary>Draft or returned to the officer.</summary>
    Draft,

    /// <summary>Submitted to the director.</summary>
    Submitted,

    /// <summary>Approved by the director.</summary>
    Approved,

    /// <summary>Agreed by Cabinet.</summary>
    Agreed,
}

public static class SavingsStages
{
    public static IReadOnlyList<SavingsStage> All { get; } = Enum.GetValues<SavingsStage>();

    /// <summary>The stage a proposal's savings count in, or null when they are not counted.</summary>
    public static SavingsStage? Of(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft or ProposalStatus.Returned => SavingsStage.Draft,
        ProposalStatus.Submitted => SavingsStage.Submitted,
        ProposalStatus.Approved => SavingsStage.Approved,
        ProposalStatus.AgreedByCabinet => SavingsStage.Agreed,
        _ => null,
    };

    /// <summary>The statuses whose savings count in the stage.</summary>
    public static IReadOnlyList<ProposalStatus> StatusesOf(SavingsStage stage) =>
        Enum.GetValues<ProposalStatus>().Where(status => Of(status) == stage).ToList();

    /// <summary>Every status whose savings are counted, in any stage.</summary>
    public static IReadOnlyList<ProposalStatus> Counted { get; } =
        Enum.GetValues<ProposalStatus>().Where(status => Of(status) is not null).ToList();

    /// <summary>The stage's name within a sentence: "approved by director", "agreed by Cabinet".</summary>
    public static string InSentence(this SavingsStage stage) => stage == SavingsStage.Agreed ? "agreed by Cabinet" : stage.DisplayName().ToLowerInvariant();

    public static string DisplayName(this SavingsStage stage) => stage switch
    {
        SavingsStage.Draft => "Draft",
        SavingsStage.Submitted => "Submitted",
        SavingsStage.Approved => "Approved by director",
        SavingsStage.Agreed => "Agreed by Cabinet",
        _ => stage.ToString(),
    };
}
