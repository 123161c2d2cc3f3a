namespace CouncilProposals.Domain.Common;

/// <summary>
/// Reads FTE the way accountants type it: "12", "3.5", "1,200.75"; nothing or "-" for none. A decimal comma
/// ("1,5") is refused, as for amounts, rather than read as 15.
/// </summary>
public static class FteParser
{
    public static FteParseResult Parse(string? text, string what = "FTE")
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value is "-" or "–" or "—")
        {
            return new(true, null, null);
        }

        if (NumberText.TryRead(value, out var number) && number <= Fte.Maximum && decimal.Round(number, 2) == number)
        {
            return new(false, Fte.From(number), null);
        }

        return new(false, null, FormatMessage(what));
    }

    /// <summary>"Enter the current FTE as a number ...": <paramref name="what"/> names the field.</summary>
    public static string FormatMessage(string what) =>
        $"Enter the {what} as a number of full-time posts, like 4 or 1.5 (at most two decimal places, up to 99,999.99)";
}

/// <summary>Nothing typed, an FTE, or the message to show beside the field.</summary>
public sealed record FteParseResult(bool IsEmpty, Fte? Fte, string? Error)
{
    public bool IsValid => Error is null;
}
