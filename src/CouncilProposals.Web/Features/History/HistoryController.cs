using System.Globalization;
using System.Text.Json;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.History;

/// <summary>A proposal's audit trail as a timeline, newest first. Read only: the app never edits or deletes an entry.</summary>
public sealed class HistoryController(AppDbContext db) : Controller
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly JsonSerializerOptions ChangesJson = new(JsonSerializerDefaults.Web);

    [HttpGet("/proposals/{id:int}/history")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Reference, p.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.ProposalId == id)
            .Select(e => new { e.Id, e.At, e.UserName, e.Action, e.Changes, e.Comment })
            .ToListAsync(cancellationToken);
        var timeline = entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e =>
            {
                var changes = JsonSerializer.Deserialize<List<AuditChange>>(e.Changes, ChangesJson) ?? [];
                var status = changes.FirstOrDefault(c => c.Field == ProposalAuditView.StatusField);
                var when = TimeZoneInfo.ConvertTime(e.At, UkTime);
                return new HistoryEntry(
                    status is null ? e.Action : $"{e.Action}: {status.Old} to {status.New}",
                    e.UserName,
                    when.ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal),
                    when.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                    changes.Where(c => c != status).ToList(),
                    e.Comment);
            })
            .ToList();
        return View(new HistoryPage(id, proposal.Reference, proposal.Title, timeline));
    }
}

public sealed record HistoryEntry(string Title, string UserName, string When, string MachineTime, IReadOnlyList<AuditChange> Changes, string? Comment);

public sealed record HistoryPage(int Id, string Reference, string Title, IReadOnlyList<HistoryEntry> Entries);
