using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.EqualityImpact;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The pack and every proposal in it, whole, for a pack edition: each proposal is loaded once and serves both the
/// summary of savings and its appendix. The public version withholds exempt proposals here, before any document
/// sees them: their appendix keeps only reference, title and paragraph, and their summary row only reference, title
/// and directorate.
/// </summary>
public sealed class CabinetPackDocumentQuery(AppDbContext db, CabinetPackQuery packs, ProposalDocumentQuery documents, EqualityImpactQuery equality)
{
    /// <summary>What the public version prints in place of an exempt proposal's figures.</summary>
    public const string Withheld = "Exempt";

    public async Task<CabinetPackDocument?> LoadAsync(int id, PackVersion version, CancellationToken cancellationToken = default)
    {
        if (await packs.LoadWithAsync(id, db.Proposals.AsNoTracking().Whole(), cancellationToken) is not { } loaded)
        {
            return null;
        }

        var (pack, proposals) = loaded;

        // Appendices follow the summary: grouped by directorate, in the pack's order within each.
        var order = pack.Summary.Directorates.SelectMany(d => d.Rows).Select(r => r.ProposalId).ToList();
        var ordered = proposals.OrderBy(p => order.IndexOf(p.Id)).ToList();
        var withheld = version == PackVersion.Public ? ordered.Where(p => p.IsExempt).Select(p => p.Id).ToHashSet() : [];
        var printed = await documents.ToDocumentsAsync(ordered.Where(p => !withheld.Contains(p.Id)), cancellationToken);
        var byId = printed.ToDictionary(d => d.Id);
        var appendices = ordered
            .Select((p, i) => new PackAppendix(i + 1, p.Reference, p.Title, p.ExemptParagraph, byId.GetValueOrDefault(p.Id)))
            .ToList();
        if (withheld.Count > 0)
        {
            pack = pack with { Summary = Withhold(pack.Summary, withheld) };
        }

        return new CabinetPackDocument(await WithExemptPartsAsync(id, pack, version, cancellationToken), version, appendices)
        {
            EqualityImpact = await equality.ForPackProposalsAsync(id, cancellationToken),
        };
    }

    /// <summary>
    /// The covering report with its exempt parts replaced by the notice (public version) or opened by it (full),
    /// in the council's words.
    /// </summary>
    private async Task<CabinetPackViewModel> WithExemptPartsAsync(int id, CabinetPackViewModel pack, PackVersion version, CancellationToken cancellationToken)
    {
        var exempt = await db.Set<CoveringReportSection>().AsNoTracking()
            .Where(s => s.CabinetPackId == id && s.ExemptParagraph != null)
            .Select(s => new { s.Part, s.ExemptParagraph })
            .ToDictionaryAsync(s => s.Part, s => s.ExemptParagraph!.Value, cancellationToken);
        if (exempt.Count == 0)
        {
            return pack;
        }

        return pack with
        {
            CoveringReport = [.. pack.CoveringReport.Select(s => exempt.TryGetValue(s.Part, out var paragraph)
                ? (s.Part, version == PackVersion.Public
                    ? $"The information in this part is not for publication by virtue of {paragraph.Citation}."
                    : $"Exempt information: not for publication by virtue of {paragraph.Citation}.\n{s.Text}")
                : s)],
        };
    }

    private static PackSummary Withhold(PackSummary summary, HashSet<int> withheld) => summary with
    {
        Directorates = [.. summary.Directorates.Select(group => group with
        {
            Rows = [.. group.Rows.Select(row => withheld.Contains(row.ProposalId)
                ? row with { Years = [.. row.Years.Select(_ => Withheld)], Total = Withheld, FteReductions = Withheld }
                : row)],
        })],
    };
}
