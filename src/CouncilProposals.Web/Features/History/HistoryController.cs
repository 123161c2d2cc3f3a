using System.Globalization;
using System.Text.Json;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.History;

/// <summary>A proposal's audit trail as a timeline, newest first. Read only: the app never edits or deletes an entry.</summary>
public sealed class HistoryController(AppDbContext db) : Controller
{
    public const string Name = "History";

    /// <summary>Texts this long or longer (sentences, not names or figures) are compared word by word.</summary>
    private const int LongText = 60;

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

        // Ordered here: SQLite cannot order by a date with its offset.
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.ProposalId == id).ToListAsync(cancellationToken);
        var timeline = entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(ToEntry).ToList();
        return View(new HistoryPage(id, proposal.Reference, proposal.Title, timeline));
    }

    private static HistoryEntry ToEntry(AuditEntry entry)
    {
        var changes = JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes, ChangesJson) ?? [];
        var status = changes.FirstOrDefault(c => c.Field == ProposalAuditView.StatusField);
        var when = TimeZoneInfo.ConvertTime(entry.At, UkTime);
        return new HistoryEntry(
            status is null ? entry.Action : $"{entry.Action}: {status.Old} to {status.New}",
            entry.UserName,
            when.ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal),
            when.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            changes.Where(c => c != status).Select(c => ToChange(c, wordByWord: entry.Action == "Edited")).ToList(),
            entry.Comment);
    }

    /// <summary>
    /// A long text edited is shown word by word rather than printed twice; short values, and the records a status
    /// change or a correction replaces, as old and new.
    /// </summary>
    private static HistoryChange ToChange(AuditChange change, bool wordByWord) =>
        new(change.Field, change.Old, change.New, wordByWord && IsLongText(change.Old) && IsLongText(change.New) ? WordDiff.Compare(change.Old, change.New) : null);

    private static bool IsLongText(string? text) => text is { Length: >= LongText };
}

public sealed record HistoryChange(string Field, string? Old, string? New, IReadOnlyList<DiffSegment>? Words);

public sealed record HistoryEntry(string Title, string UserName, string When, string MachineTime, IReadOnlyList<HistoryChange> Changes, string? Comment);

public sealed record HistoryPage(int Id, string Reference, string Title, IReadOnlyList<HistoryEntry> Entries);
