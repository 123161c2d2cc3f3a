using System.Globalization;

namespace CouncilProposals.Domain.Common;

/// <summary>
/// A date as people type it into the GOV.UK day, month and year boxes: the month as a number ("2", "02") or as its
/// English name or abbreviation ("Feb", "feb.", "February", "Sept"), any case, spaces around ignored.
/// </summary>
public static class DateText
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    private static readonly string[] Names =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month 1 to 12, or null when the text is not a month.</summary>
    public static int? Month(string? text)
    {
        var month = (text ?? string.Empty).Trim().TrimEnd('.').ToLowerInvariant();
        if (month.Length == 0)
        {
            return null;
        }

        if (int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        // "Sept" is as common as "Sep"; otherwise any start of a name of three letters or more names one month.
        if (month == "sept")
        {
            return 9;
        }

        var matches = Names.Select((name, index) => (name, index)).Where(n => month.Length >= 3 && n.name.StartsWith(month, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0].index + 1 : null;
    }

    /// <summary>The date, or null when the three boxes do not make a real date between 2000 and 2100.</summary>
    public static DateOnly? Read(string? day, string? month, string? year) =>
        int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && Month(month) is { } m
        && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= EarliestYear and <= LatestYear && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}
