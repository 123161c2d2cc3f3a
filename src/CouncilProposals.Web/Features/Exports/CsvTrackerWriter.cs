using System.Globalization;
using System.Text;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The tracker as CSV for Excel: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, numbers in the
/// invariant culture with no thousands separators, dates as yyyy-MM-dd. Rows are written as they are read.
/// </summary>
public static class CsvTrackerWriter
{
    private const int FlushEveryRows = 500;

    public static async Task WriteAsync(SavingsTracker tracker, Stream output, CancellationToken cancellationToken)
    {
        // The BOM is written as a character so that every write stays asynchronous, as Kestrel requires.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteAsync('\uFEFF');
        await writer.WriteLineAsync(string.Join(',', TrackerColumns.All.Select(c => Quote(c.Header))));

        var written = 0;
        await foreach (var row in tracker.Rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', TrackerColumns.Cells(row).Select(Field)));
            if (++written % FlushEveryRows == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One field: numbers and dates as they are, text neutralised and quoted.</summary>
    public static string Field(object? value) => value switch
    {
        null => string.Empty,
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => Quote(Neutralise(text)),
        _ => throw new ArgumentException($"No CSV form for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Text that a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first) gets a leading
    /// apostrophe, so that opening the file never runs it. Numbers are never text here, so negatives stay numbers.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled.</summary>
    public static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
