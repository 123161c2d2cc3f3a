using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The pack and every proposal in it, whole, for the pack PDF: each proposal is loaded once and serves both the
/// summary of savings and its appendix.
/// </summary>
public sealed class CabinetPackDocumentQuery(AppDbContext db, CabinetPackQuery packs, ProposalDocumentQuery documents)
{
    public async Task<CabinetPackDocument?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await packs.LoadWithAsync(id, db.Proposals.AsNoTracking().Whole(), cancellationToken) is not { } loaded)
        {
            return null;
        }

        var (pack, proposals) = loaded;

        // Appendices follow the summary: grouped by directorate, in the pack's order within each.
        var order = pack.Summary.Directorates.SelectMany(d => d.Rows).Select(r => r.ProposalId).ToList();
        var appendices = await documents.ToDocumentsAsync(proposals.OrderBy(p => order.IndexOf(p.Id)), cancellationToken);
        return new CabinetPackDocument(pack, appendices);
    }
}
