using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilProposals.Domain.Common;

/// <summary>
/// The number grammar shared by amounts and FTE, and by the live total in financial-totals.js: digits with an
/// optional decimal point, and commas only as thousands separators in groups of three ("1,234" or "1,234.5").
/// A decimal comma ("1,5", "12,50") is refused, never read as thousands: a figure must not change silently.
/// </summary>
public static partial class NumberText
{
    /// <summary>The grammar as a pattern; financial-totals.js holds the same one.</summary>
    public const string Pattern = @"^(?=[\d,.]*\d)(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$";

    public static bool TryRead(string text, out decimal value)
    {
        value = 0m;
        return Grammar().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
