using System.Globalization;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// A proposal's permanent reference, "SAV / HAC 009 / 21-22": the savings prefix, the directorate code with a
/// three-digit number within that directorate and cycle, and the first savings year.
/// </summary>
public sealed record ProposalReference
{
    public const string SavingsPrefix = "SAV";

    public ProposalReference(string directorateCode, int number, FinancialYear firstSavingsYear)
    {
        if (string.IsNullOrWhiteSpace(directorateCode))
        {
            throw new DomainException("A reference needs the directorate's code.");
        }

        if (number is < 1 or > 999)
        {
            throw new DomainException("A reference number runs from 001 to 999 in each directorate and cycle.");
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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SavingsPrefix} / {DirectorateCode} {Number:000} / {FirstSavingsYear.ShortName}");
}
