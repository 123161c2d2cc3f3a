namespace CouncilProposals.Domain.Common;

/// <summary>
/// Reads amounts the way accountants type them: "1,234", "£1,234", "1234.5", "(371)", "- " for nothing.
/// Brackets mark a saving, which is stored as a positive amount, so "(371)" and "371" mean the same.
/// </summary>
public static class AmountParser
{
    public static AmountParseResult Parse(string? text) => Parse(text, "an amount");

    /// <summary>Reads an amount; <paramref name="what"/> names it in the message, "Enter the current budget in £000, ...".</summary>
    public static AmountParseResult Parse(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AmountParseResult.Empty;
        }

        var value = text.Trim();
        if (value is "-" or "–" or "—")
        {
            return AmountParseResult.Success(Money.Zero);
        }

        if (value.StartsWith('(') && value.EndsWith(')'))
        {
            value = value[1..^1].Trim();
        }

        if (value.StartsWith('£'))
        {
            value = value[1..].Trim();
        }

        if (value.EndsWith('k') || value.EndsWith('K'))
        {
            value = value[..^1].Trim();
        }

        if (!NumberText.TryRead(value, out var thousands))
        {
            return AmountParseResult.Failure(FormatMessage(what));
        }

        try
        {
            return AmountParseResult.Success(Money.FromThousands(thousands));
        }
        catch (DomainException exception)
        {
            return AmountParseResult.Failure(exception.Message);
        }
    }

    public static string FormatMessage(string what) => $"Enter {what} in £000, like 371, 1,234 or 1234.5";
}

public sealed record AmountParseResult(bool IsEmpty, Money? Amount, string? Error)
{
    public static readonly AmountParseResult Empty = new(true, null, null);

    public bool IsValid => Error is null;

    public static AmountParseResult Success(Money amount) => new(false, amount, null);

    public static AmountParseResult Failure(string error) => new(false, null, error);
}
