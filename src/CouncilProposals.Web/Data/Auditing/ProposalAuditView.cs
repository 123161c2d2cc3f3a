using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CouncilProposals.Web.Data.Auditing;

/// <summary>
/// Flattens a tracked proposal, as it was loaded or as it is about to be saved, into "field label -> text" so
/// that an audit entry can say what changed in the council's own words.
/// </summary>
internal static class ProposalAuditView
{
    public const string StatusField = "Status";

    private static readonly Dictionary<string, string> Labels = new()
    {
        [nameof(Proposal.Title)] = ProposalFormWording.Title,
        [nameof(Proposal.Reference)] = ProposalFormWording.Reference,
        [nameof(Proposal.SavingsTypeId)] = ProposalFormWording.SavingsType,
        [nameof(Proposal.ServiceAreaId)] = ProposalFormWording.ServiceArea,
        [nameof(Proposal.DirectorateService)] = ProposalFormWording.DirectorateService,
        [nameof(Proposal.StrategicPriorityOutcomeId)] = ProposalFormWording.StrategicPriorityOutcome,
        [nameof(Proposal.LeadOfficerAndPost)] = ProposalFormWording.LeadOfficerAndPost,
        [nameof(Proposal.LeadMemberAndPortfolio)] = ProposalFormWording.LeadMemberAndPortfolio,
        [nameof(Proposal.CurrentBudget)] = $"{ProposalFormWording.CurrentBudget} (£000)",
        [nameof(Proposal.HasStaffingImpact)] = ProposalFormWording.HasStaffingImpactField,
        [nameof(Proposal.CurrentFte)] = "Current FTE",
        [nameof(Proposal.Summary)] = ProposalFormWording.Summary,
        [nameof(Proposal.OtherServicesSupport)] = StandardQuestions.OtherServicesSupport,
        [nameof(Proposal.PrecedentForWithdrawal)] = StandardQuestions.PrecedentForWithdrawal,
        [nameof(Proposal.CommunityAdaptation)] = StandardQuestions.CommunityAdaptation,
        [nameof(Proposal.BestPractice)] = StandardQuestions.BestPractice,
        [nameof(Proposal.VoluntarySectorCapacity)] = StandardQuestions.VoluntarySectorCapacity,
        [nameof(Proposal.ResourcesAndImplementation)] = ProposalFormWording.ResourcesAndImplementation,
        [nameof(Proposal.ScreeningSummary)] = "Screening summary",
        [nameof(Proposal.FullEqualityAnalysisRequired)] = "Full EA required",
        [nameof(Proposal.NoFullEqualityAnalysisReason)] = ProposalFormWording.NoFullEqualityAnalysisReasonField,
        [nameof(Proposal.AdditionalInformation)] = ScreeningTool.AdditionalInformationLabel.TrimEnd(':'),
        [nameof(Proposal.Status)] = StatusField,
        [nameof(Proposal.ReturnReason)] = "Reason returned",
        [nameof(Proposal.CycleId)] = "MTFS cycle",
        [nameof(Proposal.DirectorateId)] = ProposalFormWording.Directorate,
        [nameof(Proposal.ExemptParagraph)] = "Exempt under Schedule 12A, paragraph",
        [nameof(Proposal.ExemptReason)] = "Reason exempt",
    };

    public static Dictionary<string, string?> Snapshot(DbContext context, EntityEntry<Proposal> proposal, bool original, AuditNames names)
    {
        var view = new Dictionary<string, string?>();
        foreach (var property in proposal.Properties)
        {
            var name = property.Metadata.Name;
            if (!Labels.TryGetValue(name, out var label))
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            view[label] = Display(names, name, value);
        }

        var lines = Children<SavingsLine>(context, proposal, original)
            .OrderBy(l => l.Year).ThenBy(l => l.Kind)
            .Select(l => $"{l.Year} {l.Kind.ToString().ToLowerInvariant()} {l.Amount.ToBudgetText()}" + (l.Description is null ? string.Empty : $" ({l.Description})"))
            .ToList();
        view["MTFS savings lines (£000)"] = lines.Count == 0 ? null : string.Join("; ", lines);

        var reductions = Children<FteReduction>(context, proposal, original).OrderBy(r => r.Year).Select(r => $"{r.Year} {r.Reduction}").ToList();
        view["FTE reductions"] = reductions.Count == 0 ? null : string.Join("; ", reductions);

        foreach (var risk in Children<Risk>(context, proposal, original))
        {
            view[ProposalFormWording.RiskField(risk.Order)] = risk.Description;
            view[ProposalFormWording.MitigationField(risk.Order)] = risk.Mitigation;
        }

        foreach (var answer in Children<ScreeningAnswer>(context, proposal, original))
        {
            var text = answer.Answer switch { true => "Yes", false => "No", null => null };
            view[ScreeningTool.Question(answer.Trigger)] = answer.Impact is null ? text : $"{text ?? "Not answered"}: {answer.Impact}";
        }

        // A corrected decision replaces the owned record: the tracker then holds the original as a deleted entry.
        var decision = original
            ? context.ChangeTracker.Entries<CabinetDecision>()
                .Where(d => d.State != EntityState.Added && Equals(d.Property("ProposalId").OriginalValue, proposal.Entity.Id))
                .Select(d => d.OriginalValues.ToObject() as CabinetDecision)
                .FirstOrDefault()
            : proposal.Entity.CabinetDecision;
        view["Record of decision"] = decision is null ? null : $"{decision.Summary} ({decision.DecisionMaker}, {decision.DecisionMakerRole}, {decision.DecisionDate:d MMMM yyyy})";
        return view;
    }

    // The tracker holds deleted rows with their old values and added rows with their new ones.
    private static IEnumerable<T> Children<T>(DbContext context, EntityEntry<Proposal> proposal, bool original)
        where T : class
    {
        var owned = context.ChangeTracker.Entries<T>()
            .Where(child => child.State == EntityState.Added
                ? IsChildOf(proposal.Entity, child.Entity)
                : Equals(child.Property("ProposalId").OriginalValue, proposal.Entity.Id));
        return owned
            .Where(child => original ? child.State != EntityState.Added : child.State != EntityState.Deleted)
            .Select(child => original && child.State == EntityState.Modified ? (T)child.OriginalValues.ToObject() : child.Entity);
    }

    private static bool IsChildOf(Proposal proposal, object child) => child switch
    {
        SavingsLine line => proposal.SavingsLines.Contains(line),
        FteReduction reduction => proposal.FteReductions.Contains(reduction),
        Risk risk => proposal.Risks.Contains(risk),
        ScreeningAnswer answer => proposal.ScreeningAnswers.Contains(answer),
        _ => false,
    };

    private static string? Display(AuditNames names, string property, object? value) => value switch
    {
        null => null,
        Money money => money.ToBudgetText(),
        Fte fte => fte.ToString(),
        bool flag => flag ? "Yes" : "No",
        ProposalStatus status => status.DisplayName(),
        int id when AuditNames.IsNamed(property) => names.NameOf(property, id),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
