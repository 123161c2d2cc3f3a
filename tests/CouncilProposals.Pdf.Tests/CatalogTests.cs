using CouncilProposals.Pdf.Fluent;
using UglyToad.PdfPig.Tokens;

namespace CouncilProposals.Pdf.Tests;

/// <summary>What the kit adds to SkiaSharp's catalog for records and screen readers: the language and the title bar.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Render_WritesTheLanguageAndShowsTheTitle_EvenWithNoBookmarks()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text("Budget line")), new DocumentMetadata { Title = "Savings proposals" });

        using var document = Kit.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-GB", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        var preferences = Assert.IsType<DictionaryToken>(catalog.Data["ViewerPreferences"]);
        Assert.True(Assert.IsType<BooleanToken>(preferences.Data["DisplayDocTitle"]).Data);
        Assert.Equal("Savings proposals", document.Information.Title);
        Assert.Equal("Budget line", Kit.PageTexts(pdf).Single());
    }

    [Fact]
    public void Render_WithBookmarks_KeepsThemBesideTheLanguage()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Section("part", "Part one").Text("Budget line")), new DocumentMetadata { Title = "Pack", Language = "cy-GB" });

        using var document = Kit.Open(pdf);
        Assert.Equal("cy-GB", Assert.IsType<StringToken>(document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Part one", Assert.Single(bookmarks.Roots).Title);
    }

    [Theory]
    [InlineData("en GB")]
    [InlineData("en-GB) /OpenAction (x")]
    [InlineData("")]
    public void Render_WithALanguageThatIsNotATag_LeavesLangOut(string language)
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text("Budget line")), new DocumentMetadata { Title = "Test", Language = language });

        using var document = Kit.Open(pdf);
        Assert.False(document.Structure.Catalog.CatalogDictionary.Data.ContainsKey("Lang"));
        Assert.False(document.Structure.Catalog.CatalogDictionary.Data.ContainsKey("OpenAction"));
    }
}
