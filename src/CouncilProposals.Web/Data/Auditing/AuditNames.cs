using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>
/// The names behind a proposal's list ids (savings type, directorate...), before and after the change, found
/// before the audit entries are written so that writing them needs no database call.
/// </summary>
internal sealed class AuditNames
{
    private static readonly Dictionary<string, (Type Entity, Func<object, string> Name)> Named = new()
    {
        [nameof(Proposal.SavingsTypeId)] = (typeof(SavingsType), e => ((SavingsType)e).Name),
        [nameof(Proposal.ServiceAreaId)] = (typeof(ServiceArea), e => ((ServiceArea)e).Name),
        [nameof(Proposal.StrategicPriorityOutcomeId)] = (typeof(StrategicPriorityOutcome), e => ((StrategicPriorityOutcome)e).DisplayName),
        [nameof(Proposal.DirectorateId)] = (typeof(Directorate), e => ((Directorate)e).Name),
        [nameof(Proposal.CycleId)] = (typeof(MtfsCycle), e => ((MtfsCycle)e).Name),
    };

    private readonly Dictionary<(string Property, int Id), string?> _names = [];

    public static bool IsNamed(string property) => Named.ContainsKey(property);

    public string? NameOf(string property, int id) => _names.GetValueOrDefault((property, id));

    public static async Task<AuditNames> LoadAsync(DbContext context, IEnumerable<EntityEntry<Proposal>> proposals, CancellationToken cancellationToken)
    {
        var names = new AuditNames();
        foreach (var (property, id) in Wanted(proposals))
        {
            names._names[(property, id)] = NameOf(property, await context.FindAsync(Named[property].Entity, [id], cancellationToken));
        }

        return names;
    }

    /// <summary>For a synchronous save, which may wait on the database anyway.</summary>
    public static AuditNames Load(DbContext context, IEnumerable<EntityEntry<Proposal>> proposals)
    {
        var names = new AuditNames();
        foreach (var (property, id) in Wanted(proposals))
        {
            names._names[(property, id)] = NameOf(property, context.Find(Named[property].Entity, id));
        }

        return names;
    }

    private static string? NameOf(string property, object? entity) => entity is null ? null : Named[property].Name(entity);

    private static List<(string Property, int Id)> Wanted(IEnumerable<EntityEntry<Proposal>> proposals) =>
        proposals.SelectMany(proposal => Named.Keys.SelectMany(property =>
        {
            var value = proposal.Property(property);
            var original = proposal.State == EntityState.Added ? null : value.OriginalValue;
            return new[] { original, value.CurrentValue }.OfType<int>().Select(id => (property, id));
        }))
        .Distinct()
        .ToList();
}
