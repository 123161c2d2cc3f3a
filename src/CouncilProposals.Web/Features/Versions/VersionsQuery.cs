using System.Globalization;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Versions;

/// <summary>A proposal's versions: the list without their content, and the content of the one or two being compared.</summary>
public sealed class VersionsQuery(AppDbContext db)
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Oldest first. Ordered by number, which follows the order they were taken.</summary>
    public async Task<IReadOnlyList<VersionRow>> ListAsync(int proposalId, CancellationToken cancellationToken)
    {
        var rows = await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == proposalId)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Event, v.TakenBy, v.TakenAt })
            .ToListAsync(cancellationToken);
        return rows.Select(v => Row(v.Number, v.Event, v.TakenBy, v.TakenAt)).ToList();
    }

    public async Task<ProposalSnapshot?> SnapshotAsync(int proposalId, int number, CancellationToken cancellationToken)
    {
        var content = await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == proposalId && v.Number == number)
            .Select(v => v.Content)
            .SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : ProposalSnapshot.FromJson(content);
    }

    private static VersionRow Row(int number, VersionEvent @event, string takenBy, DateTimeOffset takenAt)
    {
        var when = TimeZoneInfo.ConvertTime(takenAt, UkTime);
        return new VersionRow(
            number,
            @event,
            @event.DisplayName(),
            takenBy,
            when.ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal),
            when.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}

public sealed record VersionRow(int Number, VersionEvent Event, string What, string TakenBy, string When, string MachineTime)
{
    /// <summary>"Version 3: Submitted", for choices and headings.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"Version {Number}: {What}");
}

public sealed record VersionsPage(int Id, string Reference, string Title, IReadOnlyList<VersionRow> Versions, string? From, string? To);

public sealed record ComparePage(int Id, string Reference, string Title, VersionRow From, VersionRow To, IReadOnlyList<FieldChange> Changes);

/// <summary>What a director sees on a proposal sent back to them: the changes since it was returned.</summary>
public sealed record WhatChangedModel(int Id, VersionRow Returned, VersionRow Submitted, bool ReturnedByViewer, IReadOnlyList<FieldChange> Changes);
