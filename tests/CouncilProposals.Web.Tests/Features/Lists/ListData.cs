using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Web.Data;

namespace CouncilProposals.Web.Tests.Features.Lists;

/// <summary>A directorate of a test's own, so that its lists hold only the test's proposals.</summary>
internal static class ListData
{
    public static async Task<(int Id, string Code)> NewDirectorateAsync(CouncilProposalsFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            var code = "Z" + Unique.Word()[..5].ToUpperInvariant();
            var directorate = new Directorate("Directorate " + Unique.Word(), code);
            db.Directorates.Add(directorate);
            await db.SaveChangesAsync();
            return (directorate.Id, code);
        });

    /// <summary>Adds savings lines to a draft proposal through the domain, all in the cycle's first savings year.</summary>
    public static async Task AddLinesAsync(AppDbContext db, int proposalId, IEnumerable<decimal> amounts, SavingsKind kind = SavingsKind.Saving)
    {
        var proposal = await db.Proposals.Include(p => p.Cycle).Include(p => p.SavingsLines).SingleAsync(p => p.Id == proposalId);
        foreach (var amount in amounts)
        {
            proposal.AddSavingsLine(proposal.Cycle.FirstSavingsYear, Money.FromThousands(amount), kind, null, proposal.CreatedBy);
        }

        await db.SaveChangesAsync();
    }

    public static List<List<string>> Rows(HtmlPage page) =>
        page.FindAll("tbody tr:not(.app-totals-row)").Select(r => r.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList()).ToList();

    public static List<string> Totals(HtmlPage page) =>
        page.Find("tr.app-totals-row")!.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList();

    public static decimal Amount(string text) =>
        text == "-" ? 0m : decimal.Parse(text.Trim('(', ')'), NumberStyles.Number, CultureInfo.InvariantCulture);
}
