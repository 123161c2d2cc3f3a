using SkiaSharp;
using UglyToad.PdfPig;

namespace CouncilProposals.Bench;

/// <summary>
/// The floor for the same pages: every word of a rendered PDF, read back with its page, position, size and weight,
/// drawn straight onto SkiaSharp's PDF document with the same font files, with no layout, shaping or tables.
/// </summary>
internal sealed class SkiaFloor(IReadOnlyList<SkiaFloor.FloorPage> pages, SKTypeface regular, SKTypeface bold)
{
    public int PageCount => pages.Count;

    public static SkiaFloor From(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => new FloorPage((float)p.Width, (float)p.Height, p.GetWords()
            .Select(w => new Run(
                w.Text,
                (float)w.Letters[0].StartBaseLine.X,
                (float)(p.Height - w.Letters[0].StartBaseLine.Y),
                (float)w.Letters[0].PointSize,
                w.Letters[0].FontName?.Contains("Bold", StringComparison.Ordinal) == true))
            .ToList())).ToList();
        return new SkiaFloor(pages, Load("LiberationSans-Regular.ttf"), Load("LiberationSans-Bold.ttf"));
    }

    public int Draw()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var regularFont = new SKFont(regular) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            using var boldFont = new SKFont(bold) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                foreach (var run in page.Runs)
                {
                    var font = run.Bold ? boldFont : regularFont;
                    font.Size = run.Size;
                    canvas.DrawText(run.Text, run.X, run.Y, SKTextAlign.Left, font, paint);
                }

                document.EndPage();
            }

            document.Close();
        }

        return (int)stream.Length;
    }

    private static SKTypeface Load(string file) =>
        Directory.EnumerateFiles("/usr/share/fonts", file, SearchOption.AllDirectories).Select(SKTypeface.FromFile).FirstOrDefault()
        ?? SKTypeface.Default;

    internal sealed record FloorPage(float Width, float Height, IReadOnlyList<Run> Runs);

    internal sealed record Run(string Text, float X, float Y, float Size, bool Bold);
}
