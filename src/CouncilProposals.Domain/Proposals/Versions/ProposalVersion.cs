namespace CouncilProposals.Domain.Proposals.Versions;

/// <summary>The step of the approval route a version was taken at. Stored by name.</summary>
public enum VersionEvent
{
    Submitted,
    Returned,
    Approved,
    Reopened,
    CabinetDecision,
    DecisionCorrected,
}

/// <summary>
/// The proposal's content as it was at one step of its way to Cabinet, numbered 1, 2, 3... per proposal.
/// Append-only: a version is never changed once taken.
/// </summary>
public sealed class ProposalVersion
{
    private ProposalVersion()
    {
        TakenBy = string.Empty;
        Content = string.Empty;
    }

    public ProposalVersion(int number, VersionEvent @event, DateTimeOffset takenAt, string takenBy, ProposalSnapshot snapshot)
    {
        Number = number;
        Event = @event;
        TakenAt = takenAt;
        TakenBy = takenBy;
        Content = snapshot.ToJson();
    }

    public long Id { get; private set; }

    public int ProposalId { get; private set; }

    public int Number { get; private set; }

    public VersionEvent Event { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public string TakenBy { get; private set; }

    /// <summary>The <see cref="ProposalSnapshot"/> as JSON.</summary>
    public string Content { get; private set; }

    public ProposalSnapshot Snapshot() => ProposalSnapshot.FromJson(Content);
}

public static class VersionEvents
{
    /// <summary>
    /// The step a save is, from the proposal's status before and after it and whether its Cabinet decision changed;
    /// null when the save is not a step that takes a version (an edit, a withdrawal).
    /// </summary>
    public static VersionEvent? For(ProposalStatus from, ProposalStatus to, bool decisionChanged) => (from, to) switch
    {
        (_, ProposalStatus.Submitted) when from != to => VersionEvent.Submitted,
        (ProposalStatus.Submitted, ProposalStatus.Returned) => VersionEvent.Returned,
        (ProposalStatus.Submitted, ProposalStatus.Approved) => VersionEvent.Approved,
        (ProposalStatus.Approved, ProposalStatus.Draft) => VersionEvent.Reopened,
        (ProposalStatus.Approved, ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet) => VersionEvent.CabinetDecision,
        (ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet, ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet)
            when decisionChanged || from != to => VersionEvent.DecisionCorrected,
        _ => null,
    };

    /// <summary>"Submitted", "Cabinet's decision recorded": for the versions list.</summary>
    public static string DisplayName(this VersionEvent @event) => @event switch
    {
        VersionEvent.Submitted => "Submitted",
        VersionEvent.Returned => "Returned to the officer",
        VersionEvent.Approved => "Approved by director",
        VersionEvent.Reopened => "Reopened",
        VersionEvent.CabinetDecision => "Cabinet's decision recorded",
        VersionEvent.DecisionCorrected => "Cabinet's decision corrected",
        _ => @event.ToString(),
    };
}
