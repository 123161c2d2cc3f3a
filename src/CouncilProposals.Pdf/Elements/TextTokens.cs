using System.Text;

namespace CouncilProposals.Pdf.Elements;

/// <summary>Cleans text for the PDF and cuts it into the words, spaces and line breaks that line breaking places.</summary>
internal static class TextTokens
{
    /// <summary>Words, single spaces (" ") and line breaks ("\n"); a word may end with "/" where a line may break.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A slash is a place a line may break without a space, as in "Savings/Income", but not inside a short
            // abbreviation such as "N/A" or "w/c".
            if (text[i] == '/' && i - start >= 3 && WordLengthFrom(text, i + 1) >= 3)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
                continue;
            }

            if (text[i] is ' ' or '\n')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return text[i] == '\n' ? "\n" : " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static int WordLengthFrom(string text, int index)
    {
        var end = index;
        while (end < text.Length && text[end] is not (' ' or '\n' or '/'))
        {
            end++;
        }

        return end - index;
    }

    /// <summary>
    /// Control characters would reach the PDF as garbage or break the font engine: tabs become spaces, the rest go.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c is '\n')
            {
                builder.Append(c);
            }
            else if (c is '\t' or '\r' or '\u00A0')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && c is not ('\uFEFF' or '\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
