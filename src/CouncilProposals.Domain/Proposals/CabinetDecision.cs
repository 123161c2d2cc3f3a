using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// The formal record of Cabinet's decision on a proposal: agreed, or not agreed and why; who decided, in what
/// role, and on which date; and when the decision was lodged in the system.
/// </summary>
public sealed record CabinetDecision
{
    public const string FutureDateMessage = "The date of the decision must be today or in the past";

    private CabinetDecision(bool agreed, string? reason, string decisionMaker, string decisionMakerRole, DateOnly decisionDate, DateTimeOffset lodgedAt)
    {
        if (!agreed && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason Cabinet did not agree the proposal.");
        }

        if (string.IsNullOrWhiteSpace(decisionMaker))
        {
            throw new DomainException("Enter who made the decision.");
        }

        if (string.IsNullOrWhiteSpace(decisionMakerRole))
        {
            throw new DomainException("Enter the decision maker's role.");
        }

        Agreed = agreed;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecisionMaker = decisionMaker.Trim();
        DecisionMakerRole = decisionMakerRole.Trim();
        DecisionDate = decisionDate;
        LodgedAt = lodgedAt;
    }

    public bool Agreed { get; }

    /// <summary>A decision already taken: it cannot be dated after the council's today, the day it is lodged.</summary>
    public static CabinetDecision Record(bool agreed, string? reason, string decisionMaker, string decisionMakerRole, DateOnly decisionDate, DateTimeOffset lodgedAt, DateOnly today) =>
        IsTakenBy(decisionDate, today)
            ? new CabinetDecision(agreed, reason, decisionMaker, decisionMakerRole, decisionDate, lodgedAt)
            : throw new DomainException(FutureDateMessage, "Day");

    /// <summary>Whether a decision dated so can have been taken by today.</summary>
    public static bool IsTakenBy(DateOnly decisionDate, DateOnly today) => decisionDate <= today;

    public string? Reason { get; }

    public string DecisionMaker { get; }

    public string DecisionMakerRole { get; }

    public DateOnly DecisionDate { get; }

    public DateTimeOffset LodgedAt { get; }

    /// <summary>"Agreed", or "NOT agreed because ...", as a record of decision says it.</summary>
    public string Summary => Agreed ? "Agreed" : $"NOT agreed because {Reason}";
}
