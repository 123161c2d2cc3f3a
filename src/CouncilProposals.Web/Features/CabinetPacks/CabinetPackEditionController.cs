using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The accessible HTML edition of a pack, for the council's website: one page, drawn from the same model as the
/// pack PDF, to read in the browser or to download as a single file. Who may have it is who may have the PDF.
/// </summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("cabinet-packs/{id:int}")]
public sealed class CabinetPackEditionController(CabinetPackDocumentQuery documents, IOptions<CouncilOptions> council) : Controller
{
    public const string Name = "CabinetPackEdition";

    [HttpGet("edition")]
    public Task<IActionResult> Edition(int id, CancellationToken cancellationToken) => ShowAsync(id, download: false, cancellationToken);

    /// <summary>The same page as one file to save and publish, named after the pack's title.</summary>
    [HttpGet("edition.html")]
    public Task<IActionResult> Download(int id, CancellationToken cancellationToken) => ShowAsync(id, download: true, cancellationToken);

    private async Task<IActionResult> ShowAsync(int id, bool download, CancellationToken cancellationToken)
    {
        var document = await documents.LoadAsync(id, PackVersion.Public, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        // The app's own policy (set as the response starts) gives way to this one, which lets the page's one style element in.
        Response.Headers.ContentSecurityPolicy = EditionStyles.ContentSecurityPolicy;
        if (download)
        {
            Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{FileNames.Safe(document.Pack.Title)}.html" }.ToString();
        }

        return View("Edition", new EditionPage(document, council.Value.Name));
    }
}
