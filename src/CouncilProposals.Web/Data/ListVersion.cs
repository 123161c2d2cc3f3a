namespace CouncilProposals.Web.Data;

/// <summary>
/// One row whose stamp changes in the same transaction as any change to any proposal or its parts. The lists keep
/// their counts and totals in memory under the stamp they were computed at, so every instance of the app sees a
/// change at once and a figure is never shown from before a saved change.
/// </summary>
public sealed class ListVersion
{
    public const int RowId = 1;

    public int Id { get; private set; } = RowId;

    public Guid Stamp { get; set; }
}
