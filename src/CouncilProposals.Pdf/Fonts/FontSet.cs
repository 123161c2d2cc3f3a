using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// The typefaces of a document: one family in four styles, plus fallbacks for characters the family lacks.
/// Typefaces are loaded once per process and shared; they are costly, and the PDF embeds each one once.
/// </summary>
public sealed class FontSet
{
    private static readonly (string Family, string Regular, string Bold, string Italic, string BoldItalic)[] KnownFamilies =
    [
        ("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    ];

    private static readonly ConcurrentDictionary<string, FontSet> Loaded = new(StringComparer.Ordinal);

    private readonly SKTypeface[] _styles;
    private readonly Lazy<IReadOnlyList<SKTypeface>> _fallbacks;
    private readonly ConcurrentDictionary<(int Rune, int Style), SKTypeface> _fallbackFor = new();

    private FontSet(string family, SKTypeface[] styles, IReadOnlyList<string> fallbackFiles)
    {
        Family = family;
        _styles = styles;
        _fallbacks = new Lazy<IReadOnlyList<SKTypeface>>(() => fallbackFiles.Select(SKTypeface.FromFile).OfType<SKTypeface>().ToList());
    }

    public string Family { get; }

    /// <summary>The fonts for these options, loaded on first use and kept for the life of the process.</summary>
    public static FontSet Load(FontOptions options)
    {
        var key = $"{options.FontFolder}|{options.FontFamily}|{string.Join(';', options.SystemFontFolders)}";
        return Loaded.GetOrAdd(key, _ => Create(options));
    }

    internal SKTypeface Typeface(bool bold, bool italic) => _styles[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>
    /// Splits text into runs that each one typeface can draw: the family's where it has the glyphs, else the first
    /// fallback that has them. A character no font has stays with the family's typeface (drawn as a missing glyph).
    /// </summary>
    internal IEnumerable<(string Text, SKTypeface Typeface)> Runs(string text, bool bold, bool italic)
    {
        var primary = Typeface(bold, italic);
        if (primary.ContainsGlyphs(text))
        {
            yield return (text, primary);
            yield break;
        }

        var builder = new StringBuilder();
        SKTypeface? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune, bold, italic, primary);
            if (current is not null && !ReferenceEquals(face, current))
            {
                yield return (builder.ToString(), current);
                builder.Clear();
            }

            current = face;
            builder.Append(rune.ToString());
        }

        if (current is not null && builder.Length > 0)
        {
            yield return (builder.ToString(), current);
        }
    }

    private SKTypeface FaceFor(Rune rune, bool bold, bool italic, SKTypeface primary)
    {
        var codepoint = rune.Value;
        if (primary.ContainsGlyph(codepoint))
        {
            return primary;
        }

        return _fallbackFor.GetOrAdd((codepoint, (bold ? 1 : 0) + (italic ? 2 : 0)), key =>
            _fallbacks.Value.FirstOrDefault(face => face.ContainsGlyph(key.Rune)) ?? primary);
    }

    private static FontSet Create(FontOptions options)
    {
        var files = FontFiles.Candidates(options);
        var families = KnownFamilies.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(options.FontFamily))
        {
            families = families.OrderBy(f => string.Equals(f.Family, options.FontFamily, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        }

        foreach (var family in families)
        {
            if (TryLoad(family, files) is { } fontSet)
            {
                return fontSet;
            }
        }

        throw new FontNotFoundException(
            "No font for PDFs was found. Install an Arial-compatible font (on Debian: apt-get install fonts-liberation) "
            + "or set Pdf:FontFolder to a folder with the regular, bold, italic and bold italic files of a font family.");
    }

    /// <summary>The family from the first of <paramref name="files"/> with its file names; null when its regular face is missing or unreadable.</summary>
    private static FontSet? TryLoad((string Family, string Regular, string Bold, string Italic, string BoldItalic) family, List<string> files)
    {
        var styles = new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic }
            .Select(name => files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        if (styles[0] is not { } regularFile || SKTypeface.FromFile(regularFile) is not { } regular)
        {
            return null;
        }

        var loaded = styles.Select(path => path is null ? regular : SKTypeface.FromFile(path) ?? regular).ToArray();
        var used = styles.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new FontSet(family.Family, loaded, FontFiles.Fallbacks(files.Where(f => !used.Contains(f))));
    }
}

/// <summary>No usable font: the message says how to install one or configure one.</summary>
public sealed class FontNotFoundException : Exception
{
    public FontNotFoundException(string message)
        : base(message)
    {
    }

    public FontNotFoundException()
    {
    }

    public FontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
