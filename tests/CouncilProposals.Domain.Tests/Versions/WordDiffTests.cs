using System.Diagnostics;
using CouncilProposals.Domain.Proposals.Versions;

namespace CouncilProposals.Domain.Tests.Versions;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_WhenTextsAreEqual_GivesOneUnchangedSegment()
    {
        var segments = WordDiff.Compare("The depot closes in March.", "The depot closes in March.");

        Assert.Equal([new DiffSegment(DiffKind.Same, "The depot closes in March.")], segments);
        Assert.True(WordDiff.Unchanged(segments));
    }

    [Fact]
    public void Compare_WhenAWordIsInserted_MarksOnlyThatWord()
    {
        var segments = WordDiff.Compare("The depot closes in March.", "The old depot closes in March.");

        Assert.Equal(
            [Same("The "), Added("old "), Same("depot closes in March.")],
            segments);
    }

    [Fact]
    public void Compare_WhenAWordIsDeleted_MarksOnlyThatWord()
    {
        var segments = WordDiff.Compare("Staff move to the new Mile End site.", "Staff move to the Mile End site.");

        Assert.Equal([Same("Staff move to the "), Removed("new "), Same("Mile End site.")], segments);
    }

    [Fact]
    public void Compare_WhenAWordIsReplaced_GivesTheRemovalThenTheAddition()
    {
        var segments = WordDiff.Compare("The lease ends in March 2022.", "The lease ends in April 2022.");

        Assert.Equal([Same("The lease ends in "), Removed("March"), Added("April"), Same(" 2022.")], segments);
    }

    [Fact]
    public void Compare_WhenNeighbouringWordsAreReplaced_JoinsThemIntoOneChange()
    {
        var segments = WordDiff.Compare("The cat sat down.", "The dog ran down.");

        Assert.Equal([Same("The "), Removed("cat sat"), Added("dog ran"), Same(" down.")], segments);
    }

    [Fact]
    public void Compare_WhenOnlyPunctuationChanges_MarksThePunctuationAlone()
    {
        var segments = WordDiff.Compare("Savings start in 2022, subject to consultation.", "Savings start in 2022; subject to consultation!");

        Assert.Equal(
            [Same("Savings start in 2022"), Removed(","), Added(";"), Same(" subject to consultation"), Removed("."), Added("!")],
            segments);
    }

    [Fact]
    public void Compare_WhenOnlyLineEndingsDiffer_FindsNoChange()
    {
        Assert.True(WordDiff.Unchanged(WordDiff.Compare("First part.\n\nSecond part.", "First part.\r\n\r\nSecond part.")));
    }

    [Fact]
    public void Compare_KeepsApostrophesInsideWords()
    {
        var segments = WordDiff.Compare("The council's plan.", "The Mayor's plan.");

        Assert.Equal([Same("The "), Removed("council's"), Added("Mayor's"), Same(" plan.")], segments);
    }

    [Theory]
    [InlineData(null, "New text.")]
    [InlineData("", "New text.")]
    public void Compare_WhenThereWasNoText_AddsItAll(string? before, string after)
    {
        Assert.Equal([Added("New text.")], WordDiff.Compare(before, after));
    }

    [Fact]
    public void Compare_WhenTheTextIsCleared_RemovesItAll()
    {
        Assert.Equal([Removed("Old text.")], WordDiff.Compare("Old text.", null));
    }

    [Fact]
    public void Compare_PutsTheTextsBackTogether()
    {
        const string before = "Officers reviewed the contract, the lease and the staffing plan in 2021.";
        const string after = "Officers reviewed the lease, the contract and the plan in 2022 and 2023.";

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Compare_OneWordChangedInTenThousand_FindsJustThatWordQuickly()
    {
        var words = Enumerable.Range(0, 10_000).Select(i => $"word{i % 97}").ToList();
        var before = string.Join(' ', words);
        words[5_000] = "changed";
        var after = string.Join(' ', words);

        var timer = Stopwatch.StartNew();
        var segments = WordDiff.Compare(before, after);
        timer.Stop();

        Assert.Equal([Removed("word53")], segments.Where(s => s.Kind == DiffKind.Removed));
        Assert.Equal([Added("changed")], segments.Where(s => s.Kind == DiffKind.Added));
        Assert.True(timer.ElapsedMilliseconds < 1_000, $"Took {timer.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Compare_WhenTwoLongTextsDifferThroughout_ShowsTheMiddleReplacedWholeWithinTheCap()
    {
        var before = "Start " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}")) + " end.";
        var after = "Start " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"b{i}")) + " end.";

        var timer = Stopwatch.StartNew();
        var segments = WordDiff.Compare(before, after);
        timer.Stop();

        Assert.Equal([DiffKind.Same, DiffKind.Removed, DiffKind.Added, DiffKind.Same], segments.Select(s => s.Kind));
        Assert.Equal("Start ", segments[0].Text);
        Assert.Equal(" end.", segments[^1].Text);
        Assert.True(timer.ElapsedMilliseconds < 1_000, $"Took {timer.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Compare_WhenManyScatteredWordsChange_StillMarksEachOne()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"w{i}").ToList();
        var before = string.Join(' ', words);
        words[10] = "x";
        words[390] = "y";

        var segments = WordDiff.Compare(before, string.Join(' ', words));

        Assert.Equal(["w10", "w390"], segments.Where(s => s.Kind == DiffKind.Removed).Select(s => s.Text));
        Assert.Equal(["x", "y"], segments.Where(s => s.Kind == DiffKind.Added).Select(s => s.Text));
    }

    [Fact]
    public void Shorten_CutsLongUnchangedStretchesAroundAChange()
    {
        var before = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"w{i}"));
        var after = before.Replace("w100", "changed", StringComparison.Ordinal);

        var shortened = WordDiff.Shorten(WordDiff.Compare(before, after), context: 4);

        Assert.Equal(
            [Same("…w98 w99 "), Removed("w100"), Added("changed"), Same(" w101 w102…")],
            shortened);
    }

    private static DiffSegment Same(string text) => new(DiffKind.Same, text);

    private static DiffSegment Removed(string text) => new(DiffKind.Removed, text);

    private static DiffSegment Added(string text) => new(DiffKind.Added, text);
}
