using System.Globalization;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals.Versions;

/// <summary>
/// One field that differs between two versions, labelled in the form's words. Written answers carry their word
/// differences (<see cref="Words"/>); figures, choices and names are shown whole, old then new.
/// </summary>
public sealed record FieldChange(string Field, string? Old, string? New, IReadOnlyList<DiffSegment>? Words);

/// <summary>What differs between two snapshots of a proposal, field by field in the form's order; equal fields are left out.</summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<FieldChange> Between(ProposalSnapshot from, ProposalSnapshot to)
    {
        var changes = new List<FieldChange>();
        Value(changes, ProposalFormWording.Title, from.Title, to.Title);
        Value(changes, ProposalFormWording.Directorate, from.Directorate, to.Directorate);
        Value(changes, ProposalFormWording.SavingsType, from.SavingsType, to.SavingsType);
        Value(changes, ProposalFormWording.ServiceArea, from.ServiceArea, to.ServiceArea);
        Text(changes, ProposalFormWording.DirectorateService, from.DirectorateService, to.DirectorateService);
        Value(changes, ProposalFormWording.StrategicPriorityOutcome, from.StrategicPriorityOutcome, to.StrategicPriorityOutcome);
        Text(changes, ProposalFormWording.LeadOfficerAndPost, from.LeadOfficerAndPost, to.LeadOfficerAndPost);
        Text(changes, ProposalFormWording.LeadMemberAndPortfolio, from.LeadMemberAndPortfolio, to.LeadMemberAndPortfolio);
        Value(changes, $"{ProposalFormWording.CurrentBudget} (£000)", Amount(from.CurrentBudgetHundreds), Amount(to.CurrentBudgetHundreds));
        SavingsLines(changes, from.SavingsLines, to.SavingsLines);
        Value(changes, ProposalFormWording.HasStaffingImpactField, YesNo(from.HasStaffingImpact), YesNo(to.HasStaffingImpact));
        Value(changes, "Current FTE", Fte(from.CurrentFte), Fte(to.CurrentFte));
        foreach (var year in from.FteReductions.Select(r => r.Year).Union(to.FteReductions.Select(r => r.Year)).Order())
        {
            Value(changes, ProposalFormWording.FteReductionsField(new FinancialYear(year)), Fte(ReductionIn(from, year)), Fte(ReductionIn(to, year)));
        }

        Text(changes, ProposalFormWording.Summary, from.Summary, to.Summary);
        Text(changes, StandardQuestions.OtherServicesSupport, from.OtherServicesSupport, to.OtherServicesSupport);
        Text(changes, StandardQuestions.PrecedentForWithdrawal, from.PrecedentForWithdrawal, to.PrecedentForWithdrawal);
        Text(changes, StandardQuestions.CommunityAdaptation, from.CommunityAdaptation, to.CommunityAdaptation);
        Text(changes, StandardQuestions.BestPractice, from.BestPractice, to.BestPractice);
        Text(changes, StandardQuestions.VoluntarySectorCapacity, from.VoluntarySectorCapacity, to.VoluntarySectorCapacity);
        foreach (var order in from.Risks.Select(r => r.Order).Union(to.Risks.Select(r => r.Order)).Order())
        {
            var before = from.Risks.FirstOrDefault(r => r.Order == order);
            var after = to.Risks.FirstOrDefault(r => r.Order == order);
            Text(changes, ProposalFormWording.RiskField(order), before?.Risk, after?.Risk);
            Text(changes, ProposalFormWording.MitigationField(order), before?.Mitigation, after?.Mitigation);
        }

        Text(changes, ProposalFormWording.ResourcesAndImplementation, from.ResourcesAndImplementation, to.ResourcesAndImplementation);
        foreach (var trigger in Enum.GetValues<ScreeningTrigger>())
        {
            var before = from.ScreeningAnswers.FirstOrDefault(a => a.Trigger == trigger.ToString());
            var after = to.ScreeningAnswers.FirstOrDefault(a => a.Trigger == trigger.ToString());
            var question = ScreeningTool.Question(trigger);
            Value(changes, question, YesNo(before?.Answer), YesNo(after?.Answer));
            Text(changes, $"{question} (impact)", before?.Impact, after?.Impact);
        }

        Text(changes, "Screening summary", from.ScreeningSummary, to.ScreeningSummary);
        Value(changes, "Full EA required", YesNo(from.FullEqualityAnalysisRequired), YesNo(to.FullEqualityAnalysisRequired));
        Text(changes, ProposalFormWording.NoFullEqualityAnalysisReasonField, from.NoFullEqualityAnalysisReason, to.NoFullEqualityAnalysisReason);
        Text(changes, ScreeningTool.AdditionalInformationLabel.TrimEnd(':'), from.AdditionalInformation, to.AdditionalInformation);
        Text(changes, "Record of decision", from.CabinetDecision, to.CabinetDecision);
        return changes;
    }

    /// <summary>"120" or "1,234.5": hundreds of pounds in the form's £000 notation.</summary>
    public static string? Amount(long? hundreds) => hundreds is { } value ? Money.FromHundreds(value).ToBudgetText() : null;

    /// <summary>Lines are matched by year, kind and place among that year's lines of that kind.</summary>
    private static void SavingsLines(List<FieldChange> changes, IReadOnlyList<SnapshotSavingsLine> from, IReadOnlyList<SnapshotSavingsLine> to)
    {
        var keys = from.Concat(to).Select(l => (l.Year, l.Kind)).Distinct().OrderBy(k => k.Year).ThenBy(k => k.Kind, StringComparer.Ordinal);
        foreach (var (year, kind) in keys)
        {
            var before = from.Where(l => l.Year == year && l.Kind == kind).ToList();
            var after = to.Where(l => l.Year == year && l.Kind == kind).ToList();
            for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
            {
                var old = i < before.Count ? before[i] : null;
                var @new = i < after.Count ? after[i] : null;
                var name = (kind == nameof(SavingsKind.Income) ? "Income " : "Savings ") + new FinancialYear(year)
                    + (i == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", line {i + 1}"));
                Value(changes, $"{name} (£000)", Amount(old?.AmountHundreds), Amount(@new?.AmountHundreds));
                Text(changes, $"{name}: description", old?.Description, @new?.Description);
            }
        }
    }

    private static decimal? ReductionIn(ProposalSnapshot snapshot, int year) =>
        snapshot.FteReductions.Where(r => r.Year == year).Select(r => (decimal?)r.Fte).FirstOrDefault();

    private static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", null => null };

    private static string? Fte(decimal? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static void Value(List<FieldChange> changes, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, old, @new, null));
        }
    }

    private static void Text(List<FieldChange> changes, string field, string? old, string? @new)
    {
        // A browser sends a textarea's line breaks as CR LF whatever was stored: that alone is no change.
        old = string.IsNullOrEmpty(old) ? null : old.ReplaceLineEndings("\n");
        @new = string.IsNullOrEmpty(@new) ? null : @new.ReplaceLineEndings("\n");
        if (!string.Equals(old, @new, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, old, @new, WordDiff.Compare(old, @new)));
        }
    }
}
