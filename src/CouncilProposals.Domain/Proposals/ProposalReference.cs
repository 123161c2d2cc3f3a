using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// A proposal's permanent reference, "SAV / HAC 009 / 21-22": the savings prefix, the directorate code with a
/// number within that directorate and cycle (three digits at least; after 999 comes 1000), and the first savings year.
/// </summary>
public sealed partial record ProposalReference
{
    public const string SavingsPrefix = "SAV";

    /// <summary>The highest number: six digits keep the reference within its column, and creating is rate-limited.</summary>
    public const int MaxNumber = 999_999;

    public ProposalReference(string directorateCode, int number, FinancialYear firstSavingsYear)
    {
        if (string.IsNullOrWhiteSpace(directorateCode))
        {
            throw new DomainException("A reference needs the directorate's code.");
        }

        if (number is < 1 or > MaxNumber)
        {
            throw new DomainException($"A reference number runs from 001 to {MaxNumber} in each directorate and cycle.");
        }

        DirectorateCode = directorateCode.Trim().ToUpperInvariant();
        Number = number;
        FirstSavingsYear = firstSavingsYear;
    }

    public string DirectorateCode { get; }

    public int Number { get; }

    public FinancialYear FirstSavingsYear { get; }

    /// <summary>A name safe for files and URLs: "SAV-HAC-009-21-22".</summary>
    public string FileName => ToFileName(ToString());

    /// <summary>"SAV / HAC 009 / 21-22" becomes "SAV-HAC-009-21-22".</summary>
    public static string ToFileName(string reference) =>
        string.Join('-', reference.Split(['/', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A key that sorts references as people read them: "SAV / HAC 999 / 21-22" before "SAV / HAC 1000 / 21-22"
    /// (as plain text "1000" would sort first).
    /// </summary>
    public static string SortKey(string reference) =>
        NumberPart().Replace(reference, match => match.Groups[1].Value + match.Groups[2].Value.PadLeft(6, '0') + match.Groups[3].Value, 1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SavingsPrefix} / {DirectorateCode} {Number:000} / {FirstSavingsYear.ShortName}");

    [GeneratedRegex(@"^(\S+ / \S+ )(\d+)( / )", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPart();
}
