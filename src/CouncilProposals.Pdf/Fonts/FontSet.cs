using System.Collections.Concurrent;
using System.Globalization;
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
    private readonly FallbackFonts _fallbacks;

    // Per style, whether it has each character of the Basic Multilingual Plane (0 not yet asked, 1 yes, -1 no):
    // asking SkiaSharp makes a font object each time, and layout asks for every word.
    private readonly sbyte[][] _coverage = [new sbyte[65536], new sbyte[65536], new sbyte[65536], new sbyte[65536]];

    private FontSet(string family, SKTypeface[] styles, IReadOnlyList<string> fallbackFiles)
    {
        Family = family;
        _styles = styles;
        _fallbacks = new FallbackFonts(fallbackFiles);
        Shaping = new ShapedRunCache(this);
    }

    public string Family { get; }

    /// <summary>Text shaped in these fonts, shared by every rendering.</summary>
    internal ShapedRunCache Shaping { get; }

    /// <summary>The fonts for these options, loaded on first use and kept for the life of the process.</summary>
    public static FontSet Load(FontOptions options)
    {
        var key = $"{options.FontFolder}|{options.FontFamily}|{string.Join(';', options.SystemFontFolders)}";
        return Loaded.GetOrAdd(key, _ => Create(options));
    }

    internal SKTypeface Typeface(bool bold, bool italic) => _styles[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>
    /// Splits text into runs that each one typeface can draw: the family's where it has the glyphs, else the first
    /// fallback that has them. Spaces, punctuation and marks stay in the run they are in when its typeface has them,
    /// so a phrase in another script is shaped as a whole. Characters no installed font has come as runs with no
    /// typeface (<see cref="FontRun.IsMissing"/>): drawn with the family's typeface (as missing-glyph boxes) and reported.
    /// </summary>
    internal IEnumerable<FontRun> Runs(string text, bool bold, bool italic)
    {
        var primary = Typeface(bold, italic);
        if (HasAll((bold ? 1 : 0) + (italic ? 2 : 0), text))
        {
            yield return new FontRun(text, primary, IsMissing: false);
            yield break;
        }

        var builder = new StringBuilder();
        FontRun? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var run = current is { IsMissing: false } open && !ReferenceEquals(open.Typeface, primary) && StaysInRun(rune) && open.Typeface.ContainsGlyph(rune.Value)
                ? open
                : RunFor(rune, bold, primary);
            if (current is not null && (current.Typeface != run.Typeface || current.IsMissing != run.IsMissing))
            {
                foreach (var part in EndingAtLastRightToLeftLetter(current with { Text = builder.ToString() }, primary))
                {
                    yield return part;
                }

                builder.Clear();
            }

            current = run;
            builder.Append(rune.ToString());
        }

        if (current is not null && builder.Length > 0)
        {
            foreach (var part in EndingAtLastRightToLeftLetter(current with { Text = builder.ToString() }, primary))
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// A right-to-left phrase in a left-to-right paragraph ends at its last right-to-left letter: the spaces and
    /// punctuation after it belong to the paragraph (as the Unicode bidi algorithm resolves them), so they are drawn
    /// after the phrase, in the family's typeface, rather than inside it on its left ("مرحبا." read ".مرحبا").
    /// </summary>
    private static FontRun[] EndingAtLastRightToLeftLetter(FontRun run, SKTypeface primary)
    {
        if (run.IsMissing || ReferenceEquals(run.Typeface, primary) || !run.Text.EnumerateRunes().Any(IsRightToLeft))
        {
            return [run];
        }

        var end = run.Text.Length;
        while (Rune.DecodeLastFromUtf16(run.Text.AsSpan(0, end), out var rune, out var length) == System.Buffers.OperationStatus.Done
            && (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune)) && primary.ContainsGlyph(rune.Value))
        {
            end -= length;
        }

        return end == run.Text.Length ? [run] : [run with { Text = run.Text[..end] }, new FontRun(run.Text[end..], primary, IsMissing: false)];
    }

    /// <summary>Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
    private static bool IsRightToLeft(Rune rune) => rune.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);

    /// <summary>Whether the style's typeface has every character of <paramref name="text"/>, from its remembered answers.</summary>
    private bool HasAll(int style, string text)
    {
        var coverage = _coverage[style];
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return _styles[style].ContainsGlyphs(text);
            }

            // Two threads may both ask and store the same answer: harmless.
            var known = coverage[c];
            if (known == 0)
            {
                known = _styles[style].ContainsGlyph(c) ? (sbyte)1 : (sbyte)-1;
                coverage[c] = known;
            }

            if (known < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StaysInRun(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private FontRun RunFor(Rune rune, bool bold, SKTypeface primary)
    {
        if (primary.ContainsGlyph(rune.Value))
        {
            return new FontRun(string.Empty, primary, IsMissing: false);
        }

        return _fallbacks.For(rune, bold) is { } fallback
            ? new FontRun(string.Empty, fallback, IsMissing: false)
            : new FontRun(string.Empty, primary, IsMissing: true);
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
        return new FontSet(family.Family, loaded, files.Where(f => !used.Contains(f)).ToList());
    }
}

/// <summary>A piece of text and the typeface that draws it; missing when no installed font has its characters.</summary>
internal sealed record FontRun(string Text, SKTypeface Typeface, bool IsMissing);

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
