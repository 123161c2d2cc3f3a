namespace CouncilProposals.Domain.Common;

/// <summary>
/// A record people edit. Its version changes on every save, so a save made from an older copy is refused
/// instead of silently overwriting someone else's work.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
