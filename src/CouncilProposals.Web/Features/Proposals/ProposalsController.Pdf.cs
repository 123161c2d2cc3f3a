using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Proposals;

public sealed partial class ProposalsController
{
    /// <summary>The proposal as a PDF in the council's format, named after its reference (SAV-HAC-009-21-22.pdf).</summary>
    [HttpGet("{id:int}/pdf")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Pdf(int id, [FromServices] IPdfRenderer renderer, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var proposal = await _documentQuery.LoadAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var pdf = renderer.Render(new ProposalPdfDocument(proposal, time.GetUtcNow()));
        return File(pdf, "application/pdf", $"{proposal.FileName}.pdf");
    }
}
