using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// Where pages break: headings stay with what follows, paragraphs leave no widows or orphans, and blocks kept
/// together move only when that leaves little blank. Each case is rendered with the break falling at many places.
/// </summary>
public sealed class KeepRulesTests
{
    private static readonly IEnumerable<float> FillerHeights = Enumerable.Range(0, 40).Select(i => 600f + (i * 4));

    private static string Lines(string prefix, int count) => string.Join('\n', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    [Fact]
    public void Heading_KeptWithNext_NeverEndsAPage()
    {
        foreach (var filler in FillerHeights)
        {
            var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
            {
                col.Spacing(4);
                col.Item().Height(filler).Text("Filler");
                col.Item().KeepWithNext().PaddingTop(6).Text("Mitigations:").Bold();
                col.Item().Text(Lines("m", 12));
            }))));

            var page = pages.Single(text => text.Contains("Mitigations:", StringComparison.Ordinal));
            Assert.False(page.EndsWith("Mitigations:", StringComparison.Ordinal), $"Filler {filler}: the heading ends a page.");
            Assert.Contains("Mitigations: m1 m2", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraph_SplitsLeavingAtLeastTwoLinesOnEachPage_WithNothingLostOrRepeated()
    {
        foreach (var filler in FillerHeights)
        {
            var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
            {
                col.Item().Height(filler).Text("Filler");
                col.Item().Text(Lines("p", 9));
            }))));

            var perPage = pages.Select(text => text.Split(' ').Where(w => w.StartsWith('p')).ToList()).ToList();
            Assert.All(perPage, lines => Assert.True(lines.Count is 0 or >= 2, $"Filler {filler}: a page holds one line of the paragraph."));
            Assert.Equal(Enumerable.Range(1, 9).Select(i => $"p{i}"), perPage.SelectMany(l => l));
        }
    }

    [Fact]
    public void TableRow_SplitAcrossPages_ContinuesEachCellWithoutRepeatingAFinishedOne()
    {
        foreach (var filler in FillerHeights)
        {
            var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
            {
                col.Item().Height(filler - 300).Text("Filler");
                col.Item().Table(t =>
                {
                    t.ColumnsDefinition(cols =>
                    {
                        cols.RelativeColumn(3);
                        cols.ConstantColumn(60);
                        cols.RelativeColumn(3);
                    });
                    t.Cell().Border(0.5f).Padding(3).Text(Lines("q", 8));
                    t.Cell().Border(0.5f).Padding(3).AlignCenter().Text("Yes").Bold();
                    t.Cell().Border(0.5f).Padding(3).Text(Lines("a", 40));
                });
            }))));

            var words = pages.SelectMany(text => text.Split(' ')).ToList();
            Assert.Single(words, w => w == "Yes");
            Assert.DoesNotContain(words, w => w is "e" or "s" or "Y");
            Assert.Equal(Enumerable.Range(1, 8).Select(i => $"q{i}"), words.Where(w => w.StartsWith('q')));
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"a{i}"), words.Where(w => w.StartsWith('a')));
        }
    }

    [Fact]
    public void TableGroupRow_KeptWithNext_NeverEndsAPage()
    {
        foreach (var filler in FillerHeights)
        {
            var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
            {
                col.Item().Height(filler).Text("Filler");
                col.Item().Table(t =>
                {
                    t.ColumnsDefinition(cols =>
                    {
                        cols.RelativeColumn();
                        cols.ConstantColumn(60);
                    });
                    t.Cell().ColumnSpan(2).KeepWithNext().Border(0.5f).Padding(3).Text("Staffing").Italic();
                    t.Cell().Border(0.5f).Padding(3).Text("Will it reduce posts?\nOr change them?");
                    t.Cell().Border(0.5f).Padding(3).Text("No");
                });
            }))));

            var page = pages.Single(text => text.Contains("Staffing", StringComparison.Ordinal));
            Assert.False(page.EndsWith("Staffing", StringComparison.Ordinal), $"Filler {filler}: the group row ends a page.");
            Assert.Contains("Staffing Will it reduce posts?", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KeepTogether_SplitsRatherThanLeaveMoreThanAQuarterOfThePageBlank()
    {
        var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Height(400).Text("Filler");
            col.Item().ShowEntire().Text(Lines("k", 40));
        }))));

        Assert.Equal(2, pages.Count);
        Assert.Contains("k1 k2", pages[0], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"k{i}"), pages.SelectMany(t => t.Split(' ')).Where(w => w.StartsWith('k')));
    }

    [Fact]
    public void KeepTogether_SplitsABlockTallerThanAPage()
    {
        var pages = Kit.PageTexts(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Height(650).Text("Filler");
            col.Item().ShowEntire().Text(Lines("k", 90));
        }))));

        Assert.Contains("k1 k2", pages[0], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 90).Select(i => $"k{i}"), pages.SelectMany(t => t.Split(' ')).Where(w => w.StartsWith('k')));
    }
}
