namespace CouncilProposals.Pdf.Fonts;

/// <summary>Where font files are looked for, and which of them stand in for characters a family lacks.</summary>
internal static class FontFiles
{
    /// <summary>The files of the configured font folder first, then those of the system font folders.</summary>
    public static List<string> Candidates(FontOptions options)
    {
        var files = InFolders(options.SystemFontFolders.Where(Directory.Exists));
        if (string.IsNullOrWhiteSpace(options.FontFolder))
        {
            return files;
        }

        return Directory.Exists(options.FontFolder)
            ? [.. InFolders([options.FontFolder]), .. files]
            : throw new FontNotFoundException($"The font folder '{options.FontFolder}' (Pdf:FontFolder) does not exist.");
    }

    /// <summary>Up to 40 fallback files, wide-coverage sans fonts first so a missing character is drawn in a face that matches the text.</summary>
    public static List<string> Fallbacks(IEnumerable<string> files) =>
        files.OrderBy(FallbackRank).ThenBy(f => f, StringComparer.Ordinal).Take(40).ToList();

    private static int FallbackRank(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("DejaVuSans", StringComparison.OrdinalIgnoreCase) ? 0
            : name.Contains("Sans", StringComparison.OrdinalIgnoreCase) ? 1
            : 2;
    }

    private static List<string> InFolders(IEnumerable<string> folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(IsFontFile)
            .ToList();

    private static bool IsFontFile(string path) =>
        path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase);
}
