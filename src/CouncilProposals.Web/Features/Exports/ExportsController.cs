using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The savings tracker of the proposals list, with the list's filters from the same query string, as Excel or CSV.
/// Only the roles that see proposals may export; what they get is what the list shows them.
/// </summary>
[Route("proposals")]
[Authorize(Roles = $"{Roles.FinanceOfficer},{Roles.Director},{Roles.CorporateFinance}")]
public sealed class ExportsController(SavingsTrackerQuery trackers, TimeProvider time) : Controller
{
    public const string Name = "Exports";

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Xlsx([FromQuery] ProposalListFilter filter, CancellationToken cancellationToken)
    {
        var tracker = await trackers.LoadAsync(filter, cancellationToken);
        if (tracker is null)
        {
            return NotFound();
        }

        // The zip and the SDK's writer write synchronously, which Kestrel refuses on the response: the workbook is
        // streamed into a temporary file, deleted when closed, and then sent.
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await XlsxTrackerWriter.WriteAsync(tracker, file, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return File(file, XlsxTrackerWriter.ContentType, $"{tracker.FileName(CouncilCalendar.Today(time))}.xlsx");
    }

    [HttpGet("export.csv")]
    public async Task<IResult> Csv([FromQuery] ProposalListFilter filter, CancellationToken cancellationToken)
    {
        var tracker = await trackers.LoadAsync(filter, cancellationToken);
        return tracker is null
            ? Results.NotFound()
            : Results.Stream(
                body => CsvTrackerWriter.WriteAsync(tracker, body, cancellationToken),
                "text/csv; charset=utf-8",
                $"{tracker.FileName(CouncilCalendar.Today(time))}.csv");
    }
}
