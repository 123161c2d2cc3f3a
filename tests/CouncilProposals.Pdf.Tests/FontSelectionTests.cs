using CouncilProposals.Pdf.Fonts;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// Which family the kit picks, tested on temporary folders of copies of one system font under the families' file
/// names, so the result does not depend on the fonts installed on the machine.
/// </summary>
public sealed class FontSelectionTests : IDisposable
{
    private static readonly string[] Arial = ["arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"];
    private static readonly string[] Liberation = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"];
    private static readonly string[] DejaVu = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"];

    private readonly List<TemporaryFontFolder> _folders = [];

    [Fact]
    public void Fonts_PreferTheArialCompatibleFamily()
    {
        var fonts = FontSet.Load(new FontOptions { SystemFontFolders = [Folder([.. DejaVu, .. Liberation])] });

        Assert.Equal("Liberation Sans", fonts.Family);
    }

    [Fact]
    public void Fonts_PreferArialItselfWhenItIsInstalled()
    {
        var fonts = FontSet.Load(new FontOptions { SystemFontFolders = [Folder([.. DejaVu, .. Liberation, .. Arial])] });

        Assert.Equal("Arial", fonts.Family);
    }

    [Fact]
    public void Fonts_FallBackToDejaVuSans()
    {
        var fonts = FontSet.Load(new FontOptions { SystemFontFolders = [Folder(DejaVu)] });

        Assert.Equal("DejaVu Sans", fonts.Family);
    }

    [Fact]
    public void Fonts_AConfiguredFamilyComesFirst()
    {
        var fonts = FontSet.Load(new FontOptions { FontFamily = "dejavu sans", SystemFontFolders = [Folder([.. DejaVu, .. Liberation])] });

        Assert.Equal("DejaVu Sans", fonts.Family);
    }

    [Fact]
    public void Fonts_AConfiguredFolderIsUsedWithoutSystemFonts()
    {
        var fonts = FontSet.Load(new FontOptions { FontFolder = Folder(Liberation.Take(1).ToArray()), SystemFontFolders = [Folder([])] });

        Assert.Equal("Liberation Sans", fonts.Family);
    }

    [Fact]
    public void Fonts_AMissingConfiguredFolderFailsWithItsName()
    {
        var missing = Path.Combine(Folder([]), "missing");

        var error = Assert.Throws<FontNotFoundException>(() => FontSet.Load(new FontOptions { FontFolder = missing }));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:FontFolder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_OtherFontFilesAloneAreNotAFamily()
    {
        var folder = Folder(["SomethingElse-Regular.ttf"]);

        Assert.Throws<FontNotFoundException>(() => FontSet.Load(new FontOptions { SystemFontFolders = [folder] }));
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    private string Folder(string[] fileNames)
    {
        var folder = TestFonts.FolderWith(fileNames);
        _folders.Add(folder);
        return folder.Path;
    }
}
