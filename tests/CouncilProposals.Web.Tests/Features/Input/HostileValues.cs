namespace CouncilProposals.Web.Tests.Features.Input;

/// <summary>What people (and attackers) type: hostile text, and numbers in every notation with what each must mean.</summary>
internal static class HostileValues
{
    public static readonly string[] Texts =
    [
        "<script>alert('x')</script><b>bold</b>",
        "'; DROP TABLE Proposals; -- \" OR 1=1",
        "{0} %s %n %x {{name}} ${name} \\u0041",
        "left \u202Eright-to-left override\u202C end",
        "zero\u200Bwidth\u200Djoiner\uFEFF",
        "emoji 👩‍👩‍👧 £€ ñ 中文",
        "nul\0byte",
        "bell\u0007 escape\u001B delete\u007F",
        "line one\r\nline two",
        new string('x', 10_000),
    ];

    /// <summary>A number as typed, and what it must be stored as: null means it must be refused.</summary>
    public static readonly (string Typed, decimal? Amount, decimal? Fte)[] Numbers =
    [
        ("1e3", null, null),
        ("1,5", null, null),
        ("12,50", null, null),
        ("(371)", 371m, null),
        ("£1,234.50", 1234.5m, null),
        ("-0", null, null),
        ("  7 ", 7m, 7m),
        ("١٢٣", null, null),
        ("NaN", null, null),
        ("Infinity", null, null),
        ("0x10", null, null),
        ("1_000", null, null),
        ("12.25", 12.25m, 12.25m),
        ("99999999999999999999999", null, null),
        ("1" + new string('0', 40), null, null),
    ];
}
