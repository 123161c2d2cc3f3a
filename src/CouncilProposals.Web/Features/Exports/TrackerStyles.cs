using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>The workbook's cell styles; each constant is the style's index in <see cref="Stylesheet"/>'s cell formats.</summary>
public static class TrackerStyles
{
    /// <summary>£000 to one decimal place, negatives in brackets, zero as a dash: as the council's documents show money.</summary>
    public const string MoneyFormat = "#,##0.0;(#,##0.0);\"-\"";

    public const string FteFormat = "#,##0.00;(#,##0.00);\"-\"";

    public const string DateFormat = "d mmm yyyy";

    public const uint Text = 0;
    public const uint Header = 1;
    public const uint Money = 2;
    public const uint Fte = 3;
    public const uint Date = 4;
    public const uint TotalLabel = 5;
    public const uint TotalMoney = 6;
    public const uint TotalFte = 7;

    private const uint MoneyFormatId = 164;
    private const uint FteFormatId = 165;
    private const uint DateFormatId = 166;

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormat },
            new NumberingFormat { NumberFormatId = FteFormatId, FormatCode = FteFormat },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat })
        { Count = 3U },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder(), new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            Format(0U, bold: false, topBorder: false),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0U,
                FontId = 1U,
                FillId = 0U,
                BorderId = 0U,
                FormatId = 0U,
                ApplyFont = true,
                ApplyAlignment = true,
            },
            Format(MoneyFormatId, bold: false, topBorder: false),
            Format(FteFormatId, bold: false, topBorder: false),
            Format(DateFormatId, bold: false, topBorder: false),
            Format(0U, bold: true, topBorder: true),
            Format(MoneyFormatId, bold: true, topBorder: true),
            Format(FteFormatId, bold: true, topBorder: true))
        { Count = 8U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    private static CellFormat Format(uint numberFormat, bool bold, bool topBorder) => new()
    {
        NumberFormatId = numberFormat,
        FontId = bold ? 1U : 0U,
        FillId = 0U,
        BorderId = topBorder ? 1U : 0U,
        FormatId = 0U,
        ApplyNumberFormat = numberFormat != 0U,
        ApplyFont = bold,
        ApplyBorder = topBorder,
    };
}

/// <summary>Text as XML may carry it: characters XML 1.0 forbids (most control characters) are left out.</summary>
public static class XmlText
{
    public static string Safe(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
