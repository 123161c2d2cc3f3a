using System.Text.Json;
using CouncilProposals.Domain.CabinetPacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>
/// One audit entry for each change to an existing Cabinet pack: its details, front sheet, proposals and covering
/// report, from what to what. A new pack's entry is written by whoever creates it, once the pack has its id.
/// </summary>
internal static class CabinetPackAudit
{
    private static readonly HashSet<string> Unaudited =
        [nameof(CabinetPack.Version), nameof(CabinetPack.CreatedAt), nameof(CabinetPack.CreatedBy), nameof(CabinetPack.UpdatedAt), nameof(CabinetPack.UpdatedBy)];

    public static List<AuditEntry> Describe(DbContext context, DateTimeOffset now, string? user)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                CabinetPack pack => pack.Id,
                CabinetPackItem item => item.CabinetPackId,
                CoveringReportSection section => section.CabinetPackId,
                _ => 0,
            })
            .Where(id => id > 0)
            .Distinct();
        return [.. changed
            .Select(id => context.ChangeTracker.Entries<CabinetPack>().FirstOrDefault(p => p.Entity.Id == id))
            .OfType<EntityEntry<CabinetPack>>()
            .Select(pack => (pack, changes: Changes(context, pack)))
            .Where(x => x.changes.Count > 0)
            .Select(x => new AuditEntry
            {
                At = now,
                UserName = user ?? x.pack.Entity.UpdatedBy,
                EntityType = nameof(CabinetPack),
                EntityId = x.pack.Entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = "Edited",
                Changes = JsonSerializer.Serialize(x.changes),
            })];
    }

    private static List<AuditChange> Changes(DbContext context, EntityEntry<CabinetPack> pack)
    {
        var changes = pack.Properties.Concat(pack.ComplexProperty(p => p.FrontSheet).Properties)
            .Where(p => p.IsModified && !Unaudited.Contains(p.Metadata.Name))
            .Select(p => new AuditChange(p.Metadata.Name, Text(p.OriginalValue), Text(p.CurrentValue)))
            .ToList();

        var items = context.ChangeTracker.Entries<CabinetPackItem>().Where(i => i.Entity.CabinetPackId == pack.Entity.Id).ToList();
        var before = string.Join(", ", items.Where(i => i.State != EntityState.Added).OrderBy(i => i.Property(x => x.Order).OriginalValue).Select(i => i.Entity.ProposalId));
        var after = string.Join(", ", items.Where(i => i.State != EntityState.Deleted).OrderBy(i => i.Entity.Order).Select(i => i.Entity.ProposalId));
        if (before != after)
        {
            changes.Add(new AuditChange("Proposals", before, after));
        }

        foreach (var part in context.ChangeTracker.Entries<CoveringReportSection>().Where(s => s.Entity.CabinetPackId == pack.Entity.Id).GroupBy(s => s.Entity.Part))
        {
            var old = part.Where(s => s.State != EntityState.Added).Select(s => s.Property(x => x.Text).OriginalValue).FirstOrDefault();
            var now = part.Where(s => s.State != EntityState.Deleted).Select(s => s.Entity.Text).FirstOrDefault();
            if (old != now)
            {
                changes.Add(new AuditChange($"Covering report: {part.Key}", old, now));
            }
        }

        return changes;
    }

    private static string? Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
}
