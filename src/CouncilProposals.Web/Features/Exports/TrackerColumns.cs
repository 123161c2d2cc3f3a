namespace CouncilProposals.Web.Features.Exports;

/// <summary>The tracker's columns, the same in both formats; widths are Excel's, in characters.</summary>
public static class TrackerColumns
{
    public const string Saving = "Saving (£000)";

    public const string Fte = "FTE reduction";

    public const string DecisionDate = "Cabinet decision date";

    public static IReadOnlyList<(string Header, double Width)> All { get; } =
    [
        ("Reference", 24),
        ("Title", 48),
        ("Directorate", 28),
        ("Service area", 28),
        ("Savings type", 24),
        ("Status", 22),
        ("Lead officer", 32),
        ("Year", 10),
        (Saving, 14),
        (Fte, 14),
        ("Cabinet decision", 40),
        (DecisionDate, 14),
    ];

    /// <summary>The cells of a row in column order: text, numbers (decimal) and dates (DateOnly); null for an empty cell.</summary>
    public static object?[] Cells(TrackerRow row) =>
    [
        row.Reference, row.Title, row.Directorate, row.ServiceArea, row.SavingsType, row.Status, row.LeadOfficer,
        row.Year, row.Saving, row.FteReduction, row.Decision, row.DecisionDate,
    ];
}
