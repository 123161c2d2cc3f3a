using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>What Cabinet decided on a proposal. Stored by name.</summary>
public enum CabinetOutcome
{
    Agreed,
    AgreedWithChanges,
    NotAgreed,
}

/// <summary>
/// The formal record of Cabinet's decision on a proposal, in the shape of a council's record of decision: agreed,
/// agreed with changes (and what changed), or not agreed (and why); who decided, in what role, and on which date;
/// when the decision was lodged in the system; and the Cabinet pack it was recorded from, if any.
/// </summary>
public sealed record CabinetDecision
{
    public const string FutureDateMessage = "The date of the decision must be today or in the past";
    public const int NameMaxLength = 200;

    private CabinetDecision(CabinetOutcome outcome, string? reason, string? changes, string decisionMaker, string decisionMakerRole, DateOnly decisionDate, DateTimeOffset lodgedAt, int? packId)
    {
        Outcome = outcome;
        Reason = reason;
        Changes = changes;
        DecisionMaker = decisionMaker;
        DecisionMakerRole = decisionMakerRole;
        DecisionDate = decisionDate;
        LodgedAt = lodgedAt;
        PackId = packId;
    }

    public CabinetOutcome Outcome { get; }

    /// <summary>Why Cabinet did not agree the proposal; only for <see cref="CabinetOutcome.NotAgreed"/>.</summary>
    public string? Reason { get; }

    /// <summary>What Cabinet changed; only for <see cref="CabinetOutcome.AgreedWithChanges"/>.</summary>
    public string? Changes { get; }

    public string DecisionMaker { get; }

    public string DecisionMakerRole { get; }

    public DateOnly DecisionDate { get; }

    public DateTimeOffset LodgedAt { get; }

    /// <summary>The Cabinet pack the decision was recorded from, or null when it was recorded on the proposal alone.</summary>
    public int? PackId { get; private init; }

    /// <summary>The status a proposal with this decision is in.</summary>
    public ProposalStatus Status => Outcome == CabinetOutcome.NotAgreed ? ProposalStatus.NotAgreedByCabinet : ProposalStatus.AgreedByCabinet;

    /// <summary>"Agreed", "Agreed with changes: ..." or "NOT agreed because ...", as a record of decision says it.</summary>
    public string Summary => Outcome switch
    {
        CabinetOutcome.AgreedWithChanges => $"Agreed with changes: {Changes}",
        CabinetOutcome.NotAgreed => $"NOT agreed because {Reason}",
        _ => "Agreed",
    };

    /// <summary>
    /// A decision already taken: it cannot be dated after the council's today, the day it is lodged. The details are
    /// what changed (agreed with changes) or the reason (not agreed); they are required for those outcomes and
    /// ignored for a plain agreement.
    /// </summary>
    public static CabinetDecision Record(
        CabinetOutcome outcome, string? details, string decisionMaker, string decisionMakerRole, DateOnly decisionDate, DateTimeOffset lodgedAt, DateOnly today, int? packId = null)
    {
        CheckMeeting(decisionMaker, decisionMakerRole, decisionDate, today);
        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Select what Cabinet decided.", nameof(Outcome));
        }

        var text = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        if (text is null && outcome == CabinetOutcome.NotAgreed)
        {
            throw new DomainException("Give the reason Cabinet did not agree the proposal.", nameof(Reason));
        }

        if (text is null && outcome == CabinetOutcome.AgreedWithChanges)
        {
            throw new DomainException("Say what Cabinet changed.", nameof(Changes));
        }

        return new CabinetDecision(
            outcome,
            outcome == CabinetOutcome.NotAgreed ? text : null,
            outcome == CabinetOutcome.AgreedWithChanges ? text : null,
            decisionMaker.Trim(),
            decisionMakerRole.Trim(),
            decisionDate,
            lodgedAt,
            packId);
    }

    /// <summary>Who decided, in what role, and when: the same for every proposal decided at one meeting.</summary>
    public static void CheckMeeting(string? decisionMaker, string? decisionMakerRole, DateOnly decisionDate, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(decisionMaker))
        {
            throw new DomainException("Enter who made the decision.", nameof(DecisionMaker));
        }

        if (string.IsNullOrWhiteSpace(decisionMakerRole))
        {
            throw new DomainException("Enter the decision maker's role.", nameof(DecisionMakerRole));
        }

        if (decisionMaker.Trim().Length > NameMaxLength || decisionMakerRole.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"The decision maker and their role must each be {NameMaxLength} characters or fewer.", nameof(DecisionMaker));
        }

        if (!IsTakenBy(decisionDate, today))
        {
            throw new DomainException(FutureDateMessage, "Day");
        }
    }

    /// <summary>Whether a decision dated so can have been taken by today.</summary>
    public static bool IsTakenBy(DateOnly decisionDate, DateOnly today) => decisionDate <= today;

    /// <summary>Whether a correction would leave the decision as it is (the date it was lodged aside).</summary>
    public bool SaysTheSameAs(CabinetDecision other) =>
        Outcome == other.Outcome && Reason == other.Reason && Changes == other.Changes && DecisionMaker == other.DecisionMaker
        && DecisionMakerRole == other.DecisionMakerRole && DecisionDate == other.DecisionDate;

    /// <summary>This decision as recorded from the given pack: a correction stays with the pack of the original.</summary>
    internal CabinetDecision FromPack(int? packId) => this with { PackId = packId };
}
