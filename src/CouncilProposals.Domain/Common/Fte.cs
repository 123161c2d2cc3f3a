using System.Globalization;

namespace CouncilProposals.Domain.Common;

/// <summary>Full-time equivalent posts: not negative, at most two decimal places (0.5, 12.75).</summary>
public readonly record struct Fte : IComparable<Fte>
{
    public const decimal Maximum = 99_999.99m;

    public static readonly Fte Zero;

    private Fte(decimal value) => Value = value;

    public decimal Value { get; }

    public static Fte From(decimal value)
    {
        if (value < 0m)
        {
            throw new DomainException("FTE cannot be negative.");
        }

        if (value > Maximum)
        {
            throw new DomainException("FTE must be 99,999.99 or less.");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new DomainException("FTE can have at most two decimal places, like 0.5 or 12.75.");
        }

        return new Fte(value);
    }

    public static Fte operator +(Fte left, Fte right) => new(left.Value + right.Value);

    public static Fte Sum(IEnumerable<Fte> values) => values.Aggregate(Zero, (total, value) => total + value);

    public int CompareTo(Fte other) => Value.CompareTo(other.Value);

    public static bool operator <(Fte left, Fte right) => left.CompareTo(right) < 0;

    public static bool operator >(Fte left, Fte right) => left.CompareTo(right) > 0;

    public static bool operator <=(Fte left, Fte right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Fte left, Fte right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Figures read together (a row of the staffing table) with the same number of decimal places, at least one, as
    /// a typesetter would set posts: "8.0" beside "7.5", and "10.00" beside "0.25".
    /// </summary>
    public static IReadOnlyList<string> Aligned(IReadOnlyList<Fte> values)
    {
        var format = values.Any(v => v.Value % 0.1m != 0m) ? "#,##0.00" : "#,##0.0";
        return values.Select(v => v.Value.ToString(format, CultureInfo.InvariantCulture)).ToList();
    }
}
