using System.Globalization;

namespace CouncilProposals.Domain.Common;

/// <summary>
/// An amount in thousands of pounds (£000), as every figure on a savings proposal is.
/// Savings and income are held as positive amounts; the form shows them in brackets.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>The largest amount a proposal line may hold: £9,999,999 thousand.</summary>
    public const decimal Maximum = 9_999_999m;

    public static readonly Money Zero;

    private Money(decimal thousands) => Thousands = thousands;

    public decimal Thousands { get; }

    /// <summary>The amount in whole hundreds of pounds (tenths of £000): how it is stored, so SQL sums it exactly.</summary>
    public long Hundreds => (long)(Thousands * 10m);

    public bool IsZero => Thousands == 0m;

    /// <summary>Makes an amount in £000: not negative, at most one decimal place, at most 9,999,999.</summary>
    public static Money FromThousands(decimal thousands)
    {
        if (thousands < 0m)
        {
            throw new DomainException("Enter the amount as a positive number: savings and income are shown in brackets for you.");
        }

        if (thousands > Maximum)
        {
            throw new DomainException("The amount must be 9,999,999 (£000) or less.");
        }

        if (decimal.Round(thousands, 1) != thousands)
        {
            throw new DomainException("The amount can have at most one decimal place (it is in £000).");
        }

        return new Money(thousands);
    }

    /// <summary>Makes one line's amount from its stored hundreds of pounds, with the same rules as <see cref="FromThousands"/>.</summary>
    public static Money FromHundreds(long hundreds) => FromThousands(hundreds / 10m);

    /// <summary>A total summed by the database in hundreds of pounds; a total may exceed one line's maximum.</summary>
    public static Money TotalOfHundreds(long hundreds) =>
        hundreds < 0 ? throw new DomainException("A total of savings cannot be negative.") : new Money(hundreds / 10m);

    public static Money operator +(Money left, Money right) => new(left.Thousands + right.Thousands);

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);

    public int CompareTo(Money other) => Thousands.CompareTo(other.Thousands);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>A budget figure as the form shows it: "742", "1,234.5".</summary>
    public string ToBudgetText() => Thousands.ToString("#,##0.#", CultureInfo.InvariantCulture);

    /// <summary>A saving as the form shows it: "(371)", and "-" for nothing.</summary>
    public string ToSavingText() => IsZero ? "-" : $"({ToBudgetText()})";

    public override string ToString() => ToBudgetText();
}
