using System.Globalization;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// A paragraph of Part 1 of Schedule 12A to the Local Government Act 1972: the reason in law that information is
/// exempt from publication. Only paragraphs 1 to 7 exist.
/// </summary>
public readonly record struct ExemptionParagraph
{
    public const int First = 1;
    public const int Last = 7;
    public const string OutOfRangeMessage = "Choose the paragraph of Schedule 12A, from 1 to 7.";
    public const int ReasonMaxLength = 1000;

    private ExemptionParagraph(int number) => Number = number;

    public int Number { get; }

    /// <summary>Every paragraph, in order, for a form to offer.</summary>
    public static IReadOnlyList<ExemptionParagraph> All { get; } = [.. Enumerable.Range(First, Last).Select(n => new ExemptionParagraph(n))];

    /// <summary>What the paragraph covers, in plain words faithful to the Act.</summary>
    public string Description => Number switch
    {
        1 => "Information about a particular person",
        2 => "Information that is likely to show who a particular person is",
        3 => "Information about the financial or business affairs of a particular person (including the council)",
        4 => "Information about consultations or negotiations, or planned ones, on labour relations between the council (or a Minister) and its employees or office holders",
        5 => "Information over which legal professional privilege could be claimed in legal proceedings",
        6 => "Information that would reveal that the council plans to give a notice imposing requirements on a person, or to make an order or direction under any law",
        7 => "Information about action taken, or to be taken, to prevent, investigate or prosecute crime",
        _ => string.Empty,
    };

    public static ExemptionParagraph From(int number) =>
        number is >= First and <= Last ? new ExemptionParagraph(number) : throw new DomainException(OutOfRangeMessage, "Paragraph");

    /// <summary>The paragraph a form sent, if it is one of 1 to 7.</summary>
    public static bool TryParse(string? text, out ExemptionParagraph paragraph)
    {
        paragraph = default;
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= First and <= Last)
        {
            paragraph = new ExemptionParagraph(number);
            return true;
        }

        return false;
    }

    /// <summary>The reason for an exemption as it is kept: required, trimmed, within its length.</summary>
    public static string Reason(string? reason, string field)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason the information is exempt.", field);
        }

        return ProposalText.Optional(reason, ReasonMaxLength, "The reason")!;
    }

    /// <summary>Refuses the unset value (0), which only a default struct can hold.</summary>
    public ExemptionParagraph Checked() => Number is >= First and <= Last ? this : throw new DomainException(OutOfRangeMessage, "Paragraph");

    /// <summary>"paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972", as a council cites it.</summary>
    public string Citation => string.Create(CultureInfo.InvariantCulture, $"paragraph {Number} of Part 1 of Schedule 12A of the Local Government Act 1972");

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture);
}
