using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Rendering;

namespace CouncilProposals.Pdf.Tests;

public sealed class PaginationTests
{
    [Fact]
    public void Table_Of200Rows_SplitsOverPagesWithTheHeaderOnEveryPage()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(60);
                cols.RelativeColumn();
            });
            t.Header(h =>
            {
                h.Cell().Border(0.5f).Padding(2).Text("Number").Bold();
                h.Cell().Border(0.5f).Padding(2).Text("Description").Bold();
            });
            for (var i = 1; i <= 200; i++)
            {
                t.Cell().Border(0.5f).Padding(2).Text($"R{i}");
                t.Cell().Border(0.5f).Padding(2).Text($"Row {i} of the table");
            }
        })));

        var pages = Kit.PageTexts(pdf);
        Assert.InRange(pages.Count, 4, 12);
        Assert.All(pages, text => Assert.StartsWith("Number Description", text, StringComparison.Ordinal));
        var rows = pages.SelectMany(text => text.Split(' ')).Where(w => w.StartsWith('R') && w.Length > 1 && char.IsDigit(w[1])).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"R{i}"), rows);
    }

    [Fact]
    public void TableRow_TallerThanAPage_ContinuesOnTheNextPageWithNothingLost()
    {
        var words = Enumerable.Range(1, 1500).Select(i => $"w{i}").ToList();

        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.RelativeColumn();
                cols.RelativeColumn();
            });
            t.Header(h =>
            {
                h.Cell().Text("Question");
                h.Cell().Text("Answer");
            });
            t.Cell().Text("Long");
            t.Cell().Text(string.Join(' ', words));
        })));

        var pages = Kit.PageTexts(pdf);
        Assert.True(pages.Count >= 2);
        var found = pages.SelectMany(text => text.Split(' ')).Where(w => w.StartsWith('w')).ToList();
        Assert.Equal(words, found);
    }

    [Fact]
    public void ElementTallerThanAnyPage_FailsClearlyInsteadOfLooping()
    {
        var error = Assert.Throws<LayoutException>(() =>
            Kit.Render(c => c.Page(p => p.SimplePage().Height(2000).Background("#cccccc").Text("Too tall"))));

        Assert.Contains("taller than any page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Footer_SaysPageXOfYOnEveryPage()
    {
        var pdf = Kit.Render(c => c.Page(p =>
        {
            p.SimplePage().Column(col =>
            {
                for (var i = 0; i < 5; i++)
                {
                    if (i > 0)
                    {
                        col.Item().PageBreak();
                    }

                    col.Item().Text($"Part {i}");
                }
            });
            p.Footer().AlignCenter().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
        }));

        var pages = Kit.PageTexts(pdf);
        Assert.Equal(5, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"Page {i + 1} of 5", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KeepTogether_MovesABlockThatDoesNotFitToTheNextPage()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Height(600).Text("Filler");
            col.Item().ShowEntire().Text(string.Join('\n', Enumerable.Range(1, 20).Select(i => $"Kept {i}")));
        })));

        var pages = Kit.PageTexts(pdf);
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Kept", pages[0], StringComparison.Ordinal);
        Assert.Contains("Kept 1 Kept 2", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void PadToEvenPageCount_AddsABlankPageToAnOddSet()
    {
        var pdf = Kit.Render(c =>
        {
            c.Page(p =>
            {
                p.SimplePage().Text("Cover");
                p.PadToEvenPageCount();
            });
            c.Page(p =>
            {
                p.SimplePage().Text("Body");
                p.PadToEvenPageCount();
            });
        });

        var pages = Kit.PageTexts(pdf);
        Assert.Equal(["Cover", "This page is intentionally left blank", "Body", "This page is intentionally left blank"], pages);
    }

    [Fact]
    public void Measure_CountsPagesWithoutDrawing()
    {
        var layout = Kit.Measure(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Section("first").Text("One");
            col.Item().PageBreak();
            col.Item().Section("second").Text("Two");
        })));

        Assert.Equal(2, layout.PageCount);
        Assert.Equal(1, layout.SectionPages["first"]);
        Assert.Equal(2, layout.SectionPages["second"]);
    }
}
