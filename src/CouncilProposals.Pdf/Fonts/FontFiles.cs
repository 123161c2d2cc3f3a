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

    /// <summary>
    /// Every other font file as a fallback, in the order they are tried: the weight asked for first (bold or
    /// regular), then DejaVu Sans, then Noto Sans, then other sans faces, so a missing character is drawn in a face
    /// that matches the text around it.
    /// </summary>
    public static List<string> Fallbacks(IEnumerable<string> files, bool bold) =>
        files.OrderBy(f => FallbackRank(f, bold)).ThenBy(f => f, StringComparer.Ordinal).ToList();

    private static int FallbackRank(string path, bool bold)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var weight = bold
            ? name.EndsWith("-Bold", StringComparison.OrdinalIgnoreCase)
            : name.EndsWith("-Regular", StringComparison.OrdinalIgnoreCase) || !name.Contains('-', StringComparison.Ordinal);
        var family = name.StartsWith("DejaVuSans", StringComparison.OrdinalIgnoreCase) ? 0
            : name.StartsWith("NotoSans", StringComparison.OrdinalIgnoreCase) ? 1
            : name.Contains("Sans", StringComparison.OrdinalIgnoreCase) ? 2
            : 3;
        return (weight ? 0 : 10) + family;
    }

    private static List<string> InFolders(IEnumerable<string> folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(IsFontFile)
            .ToList();

    private static bool IsFontFile(string path) =>
        path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase);
}
