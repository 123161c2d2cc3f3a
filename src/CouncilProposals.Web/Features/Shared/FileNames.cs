using System.Text;

namespace CouncilProposals.Web.Features.Shared;

public static class FileNames
{
    /// <summary>A download name from a title: letters, digits and dashes only, so every system accepts it.</summary>
    public static string Safe(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().Trim('-');
        return name.Length == 0 ? "cabinet-pack" : name[..Math.Min(name.Length, 100)];
    }
}
