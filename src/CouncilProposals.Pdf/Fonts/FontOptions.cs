namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// Where the fonts come from: a folder of font files or a family name from configuration first, then an
/// Arial-compatible family from the system (Liberation Sans), then a common sans family (DejaVu Sans).
/// </summary>
public sealed class FontOptions
{
    public const string SectionName = "Pdf";

    /// <summary>A folder with the regular, bold, italic and bold italic files of one family.</summary>
    public string? FontFolder { get; set; }

    /// <summary>A family name to look for first, such as "Arial".</summary>
    public string? FontFamily { get; set; }

    /// <summary>Folders searched for system fonts.</summary>
    public IList<string> SystemFontFolders { get; set; } = ["/usr/share/fonts", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];
}
