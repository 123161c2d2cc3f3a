using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Data;

/// <summary>
/// Narrows proposals to those whose title or reference has every word searched for, each word matched
/// case-insensitively at the start of a word ("lib" finds "Library"). Each provider answers it from an index of
/// its own, never by reading every text column of every row.
/// </summary>
public interface IProposalSearch
{
    IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string? search);
}

/// <summary>The words of a search box: letters and digits only, so no input can be read as search syntax.</summary>
public static class SearchWords
{
    /// <summary>More words than anyone types; a pasted essay is cut here rather than becoming a huge query.</summary>
    public const int MaxWords = 32;

    public static IReadOnlyList<string> Of(string? search)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in (search ?? string.Empty).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.Distinct().Take(MaxWords).ToList();
    }

    /// <summary>True when the box has text but no word to look for ("***"): nothing can match it.</summary>
    public static bool IsUnsearchable(string? search, IReadOnlyList<string> words) => words.Count == 0 && !string.IsNullOrWhiteSpace(search);
}

/// <summary>
/// SQLite: an FTS5 table over title and reference (external content, kept in step by triggers made in the
/// migration). Each word is quoted as an FTS string, with any quote doubled, and prefix-matched.
/// </summary>
public sealed class SqliteProposalSearch(AppDbContext db) : IProposalSearch
{
    public const string Table = "ProposalSearch";

    public IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string? search)
    {
        var words = SearchWords.Of(search);
        if (SearchWords.IsUnsearchable(search, words))
        {
            return proposals.Where(p => false);
        }

        if (words.Count == 0)
        {
            return proposals;
        }

        var match = string.Join(" AND ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ProposalSearch WHERE ProposalSearch MATCH {match}");
        return proposals.Where(p => ids.Contains(p.Id));
    }
}

/// <summary>
/// SQL Server: a persisted, indexed computed column holding " " + the lower-cased title and reference, with
/// hyphens and slashes read as spaces; each word must start a word in it. LIKE patterns are escaped by EF, so no input is read as a wildcard.
/// </summary>
public sealed class SqlServerProposalSearch : IProposalSearch
{
    public const string Column = "SearchText";

    public IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string? search)
    {
        var words = SearchWords.Of(search);
        if (SearchWords.IsUnsearchable(search, words))
        {
            return proposals.Where(p => false);
        }

        foreach (var word in words.Select(w => " " + w))
        {
            proposals = proposals.Where(p => EF.Property<string>(p, Column).Contains(word));
        }

        return proposals;
    }
}
