using System.Globalization;

namespace CouncilProposals.Domain.Common;

/// <summary>A UK local-government financial year, April to March, written "2021-22".</summary>
public readonly record struct FinancialYear : IComparable<FinancialYear>
{
    public const int Earliest = 2000;
    public const int Latest = 2099;

    public FinancialYear(int startYear)
    {
        if (startYear is < Earliest or > Latest)
        {
            throw new DomainException($"A financial year must start between {Earliest} and {Latest}.");
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year in which the financial year starts (2021 for 2021-22).</summary>
    public int StartYear { get; }

    /// <summary>"21-22", as used at the end of a proposal reference.</summary>
    public string ShortName => string.Create(CultureInfo.InvariantCulture, $"{StartYear % 100:00}-{(StartYear + 1) % 100:00}");

    public FinancialYear Next() => new(StartYear + 1);

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;

    /// <summary>Reads "2021-22" (or "2021/22").</summary>
    public static FinancialYear Parse(string text)
    {
        if (TryParse(text, out var year))
        {
            return year;
        }

        throw new DomainException($"'{text}' is not a financial year such as 2021-22.");
    }

    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-', '/');
        if (parts.Length != 2
            || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start is < Earliest or > Latest)
        {
            return false;
        }

        var expectedEnd = start + 1;
        if (end != expectedEnd % 100 && end != expectedEnd)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");
}
