using CouncilProposals.Pdf.Fonts;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// Fonts for the tests, whatever fonts the machine has: any one TrueType file is enough. Tests of font selection
/// copy it into a temporary folder under the file names of the families the kit looks for.
/// </summary>
internal static class TestFonts
{
    private static readonly Lazy<string> FirstFontFile = new(FindFontFile);

    /// <summary>Options for rendering: the system's fonts when they hold a family the kit knows, else copies of any font.</summary>
    public static FontOptions Options { get; } = SystemHasAKnownFamily() ? new FontOptions() : CopiesOfAnyFont();

    /// <summary>A font file of this machine; the tests need one, not a particular one.</summary>
    public static string AnyFontFile => FirstFontFile.Value;

    /// <summary>A new temporary folder holding a copy of <see cref="AnyFontFile"/> under each of <paramref name="fileNames"/>.</summary>
    public static TemporaryFontFolder FolderWith(params string[] fileNames)
    {
        var folder = new TemporaryFontFolder();
        foreach (var name in fileNames)
        {
            File.Copy(AnyFontFile, Path.Combine(folder.Path, name));
        }

        return folder;
    }

    private static string FindFontFile() =>
        new FontOptions().SystemFontFolders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.ttf", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault()
        ?? throw new InvalidOperationException("The PDF kit's tests need at least one .ttf font file in the system font folders (on Debian: apt-get install fonts-dejavu-core).");

    private static bool SystemHasAKnownFamily()
    {
        try
        {
            FontSet.Load(new FontOptions());
            return true;
        }
        catch (FontNotFoundException)
        {
            return false;
        }
    }

    // Kept for the life of the test run: the typefaces loaded from it are cached for the life of the process.
    private static FontOptions CopiesOfAnyFont() => new()
    {
        FontFolder = FolderWith("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf").Path,
    };
}

/// <summary>A folder under the temporary path, deleted with what it holds on dispose.</summary>
internal sealed class TemporaryFontFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("pdf-kit-fonts-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
