using System.Collections.Concurrent;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>A run of text that one typeface draws, shaped at a size.</summary>
internal sealed record ShapedRun(FontRun Run, ShapedText Shaped);

/// <summary>
/// Shaped text shared by every rendering in the process: the form's labels and questions recur in every proposal,
/// and shaping (font fallback and HarfBuzz) is about a third of a proposal's rendering. Shaped text is never changed
/// once made, so renderings on several threads may share it. It is emptied when it grows past a bound, so a run of
/// large packs cannot fill the memory.
/// </summary>
internal sealed class ShapedRunCache(FontSet fontSet)
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<(string Text, bool Bold, bool Italic, float Size), ShapedRun[]> _runs = new();
    private int _count;

    public ShapedRun[] Shape(string text, bool bold, bool italic, float size)
    {
        var key = (text, bold, italic, size);
        if (_runs.TryGetValue(key, out var runs))
        {
            return runs;
        }

        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            _runs.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        runs = [.. fontSet.Runs(text, bold, italic).Select(run => new ShapedRun(run, TextShaper.Shape(run.Text, run.Typeface, size)))];
        _runs[key] = runs;
        return runs;
    }
}
