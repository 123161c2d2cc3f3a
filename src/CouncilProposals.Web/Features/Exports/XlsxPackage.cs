using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The parts of the tracker workbook around its sheet: content types, relationships, styles and the About sheet,
/// written into a zip in create mode so that nothing is held back in memory.
/// </summary>
public static class XlsxPackage
{
    public const string WorkbookPath = "xl/workbook.xml";
    public const string TrackerSheetPath = "xl/worksheets/sheet1.xml";
    public const string TrackerSheetId = "rId1";
    public const string AboutSheetId = "rId2";
    public const string EqualitySheetPath = "xl/worksheets/sheet3.xml";
    public const string EqualitySheetId = "rId4";

    private const string AboutSheetPath = "xl/worksheets/sheet2.xml";
    private const string StylesPath = "xl/styles.xml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    private static readonly string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/{WorkbookPath}\" ContentType=\"{Spreadsheet}.sheet.main+xml\"/>" +
        $"<Override PartName=\"/{StylesPath}\" ContentType=\"{Spreadsheet}.styles+xml\"/>" +
        $"<Override PartName=\"/{TrackerSheetPath}\" ContentType=\"{Spreadsheet}.worksheet+xml\"/>" +
        $"<Override PartName=\"/{AboutSheetPath}\" ContentType=\"{Spreadsheet}.worksheet+xml\"/>" +
        $"<Override PartName=\"/{EqualitySheetPath}\" ContentType=\"{Spreadsheet}.worksheet+xml\"/>" +
        "</Types>";

    private static readonly string PackageRelationships = RelationshipsXml(("rId1", $"{Relationships}/officeDocument", WorkbookPath));

    private static readonly string WorkbookRelationships = RelationshipsXml(
        (TrackerSheetId, $"{Relationships}/worksheet", "worksheets/sheet1.xml"),
        (AboutSheetId, $"{Relationships}/worksheet", "worksheets/sheet2.xml"),
        ("rId3", $"{Relationships}/styles", "styles.xml"),
        (EqualitySheetId, $"{Relationships}/worksheet", "worksheets/sheet3.xml"));

    /// <summary>Everything but the tracker sheet and the workbook, which depend on the rows.</summary>
    public static void WriteFixedParts(ZipArchive zip, OpenXmlPartRootElement styles, OpenXmlPartRootElement about)
    {
        WriteText(zip, "[Content_Types].xml", ContentTypes);
        WriteText(zip, "_rels/.rels", PackageRelationships);
        WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        WritePart(zip, StylesPath, styles);
        WritePart(zip, AboutSheetPath, about);
    }

    public static void WritePart(ZipArchive zip, string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path).Open();
        root.Save(stream);
    }

    private static void WriteText(ZipArchive zip, string path, string xml)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static string RelationshipsXml(params (string Id, string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";
}
