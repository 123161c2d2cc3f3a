using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
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
public sealed class CabinetPackEditionController(CabinetPackDocumentQuery documents, IOptions<CouncilOptions> council, AuditLog audit, AppDbContext db) : Controller
{
    public const string Name = "CabinetPackEdition";

    [HttpGet("edition")]
    public Task<IActionResult> Edition(int id, CancellationToken cancellationToken) => ShowAsync(id, PackVersion.Public, download: false, cancellationToken);

    /// <summary>The same page as one file to save and publish, named after the pack's title.</summary>
    [HttpGet("edition.html")]
    public Task<IActionResult> Download(int id, CancellationToken cancellationToken) => ShowAsync(id, PackVersion.Public, download: true, cancellationToken);

    /// <summary>The full version for members, marked "Not for publication"; each opening or download is audited, as the full PDF's is.</summary>
    [HttpGet("edition/full")]
    public Task<IActionResult> FullEdition(int id, CancellationToken cancellationToken) => ShowAsync(id, PackVersion.Full, download: false, cancellationToken);

    [HttpGet("edition/full.html")]
    public Task<IActionResult> FullDownload(int id, CancellationToken cancellationToken) => ShowAsync(id, PackVersion.Full, download: true, cancellationToken);

    private async Task<IActionResult> ShowAsync(int id, PackVersion version, bool download, CancellationToken cancellationToken)
    {
        var document = await documents.LoadAsync(id, version, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        if (version == PackVersion.Full)
        {
            audit.Record(nameof(CabinetPack), id.ToString(CultureInfo.InvariantCulture), download ? "Downloaded the full web edition (not for publication)" : "Opened the full web edition (not for publication)", [new AuditChange("Pack", null, document.Pack.Title)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The app's own policy (set as the response starts) gives way to this one, which lets the page's one style element in.
        Response.Headers.ContentSecurityPolicy = EditionStyles.ContentSecurityPolicy;
        if (download)
        {
            Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{FileNames.Safe(document.Pack.Title)}{(version == PackVersion.Full ? "-not-for-publication" : string.Empty)}.html" }.ToString();
        }

        return View("Edition", new EditionPage(document, council.Value.Name));
    }
}
