using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>Writing the proposal, section by section, as the officer's pages save it; each section checks its own rules.</summary>
public sealed partial class Proposal
{
    public void UpdateDetails(ProposalDetails details, string editedBy)
    {
        EnsureEditable();
        Title = ProposalText.Required(details.Title, TitleMaxLength, "Enter the proposal title.");
        SavingsTypeId = details.SavingsTypeId;
        ServiceAreaId = details.ServiceAreaId;
        DirectorateService = ProposalText.Optional(details.DirectorateService, ShortTextMaxLength, "Directorate service");
        StrategicPriorityOutcomeId = details.StrategicPriorityOutcomeId;
        LeadOfficerAndPost = ProposalText.Optional(details.LeadOfficerAndPost, ShortTextMaxLength, "Lead officer and post");
        LeadMemberAndPortfolio = ProposalText.Optional(details.LeadMemberAndPortfolio, ShortTextMaxLength, "Lead member and portfolio");
        Edited(editedBy);
    }

    /// <summary>Replaces the budget and the MTFS lines together, as the Financial impact section saves them.</summary>
    public void UpdateFinancialImpact(Money? currentBudget, IEnumerable<SavingsLineInput> lines, string editedBy)
    {
        EnsureEditable();
        var newLines = lines.Where(line => !line.Amount.IsZero || line.Description is not null).ToList();
        foreach (var line in newLines)
        {
            EnsureSavingsYear(line.Year);
        }

        var savings = SavingsBudget.TotalSavings(newLines.Select(line => (line.Kind, line.Amount)));
        if (SavingsBudget.IsExceeded(currentBudget, savings))
        {
            throw new DomainException(
                $"Total savings ({savings.ToBudgetText()}) cannot be more than the current budget ({currentBudget!.Value.ToBudgetText()}). Record extra income as income.",
                nameof(CurrentBudget));
        }

        CurrentBudget = currentBudget;
        _savingsLines.Clear();
        _savingsLines.AddRange(newLines.Select(line => new SavingsLine(line.Year, line.Amount, line.Kind, line.Description)));
        Edited(editedBy);
    }

    public void AddSavingsLine(FinancialYear year, Money amount, SavingsKind kind, string? description, string editedBy)
    {
        EnsureEditable();
        EnsureSavingsYear(year);
        _savingsLines.Add(new SavingsLine(year, amount, kind, description));
        Edited(editedBy);
    }

    /// <summary>Records "no staffing impact": every FTE cell then reads N/A.</summary>
    public void SetNoStaffingImpact(string editedBy)
    {
        EnsureEditable();
        HasStaffingImpact = false;
        CurrentFte = null;
        _fteReductions.Clear();
        Edited(editedBy);
    }

    public void UpdateStaffingImpact(Fte? currentFte, IReadOnlyDictionary<FinancialYear, Fte> reductions, string editedBy)
    {
        EnsureEditable();
        foreach (var year in reductions.Keys)
        {
            EnsureSavingsYear(year);
        }

        var total = Fte.Sum(reductions.Values);
        if (currentFte is { } current && total > current)
        {
            throw new DomainException($"FTE reductions ({total}) cannot be more than the current FTE ({current}).", nameof(CurrentFte));
        }

        HasStaffingImpact = true;
        CurrentFte = currentFte;
        _fteReductions.Clear();
        _fteReductions.AddRange(reductions.Where(r => r.Value > Fte.Zero).OrderBy(r => r.Key).Select(r => new FteReduction(r.Key, r.Value)));
        Edited(editedBy);
    }

    public void UpdateSummary(string? summary, StandardAnswers answers, string editedBy)
    {
        EnsureEditable();
        Summary = ProposalText.Optional(summary, LongTextMaxLength, "Proposal summary");
        OtherServicesSupport = ProposalText.Optional(answers.OtherServicesSupport, AnswerMaxLength, "Answer");
        PrecedentForWithdrawal = ProposalText.Optional(answers.PrecedentForWithdrawal, AnswerMaxLength, "Answer");
        CommunityAdaptation = ProposalText.Optional(answers.CommunityAdaptation, AnswerMaxLength, "Answer");
        BestPractice = ProposalText.Optional(answers.BestPractice, AnswerMaxLength, "Answer");
        VoluntarySectorCapacity = ProposalText.Optional(answers.VoluntarySectorCapacity, AnswerMaxLength, "Answer");
        Edited(editedBy);
    }

    /// <summary>Replaces the risks, keeping the order given.</summary>
    public void UpdateRisks(IEnumerable<(string Risk, string? Mitigation)> risks, string editedBy)
    {
        EnsureEditable();
        var items = risks.Where(r => !string.IsNullOrWhiteSpace(r.Risk) || !string.IsNullOrWhiteSpace(r.Mitigation)).ToList();
        foreach (var (risk, mitigation) in items)
        {
            if (risk?.Length > Risk.MaxLength || mitigation?.Length > Risk.MaxLength)
            {
                throw new DomainException($"A risk or mitigation must be {Risk.MaxLength:N0} characters or fewer.");
            }
        }

        _risks.Clear();
        _risks.AddRange(items.Select((r, index) => new Risk(index + 1, r.Risk, r.Mitigation)));
        Edited(editedBy);
    }

    public void UpdateResources(string? resourcesAndImplementation, string editedBy)
    {
        EnsureEditable();
        ResourcesAndImplementation = ProposalText.Optional(resourcesAndImplementation, LongTextMaxLength, "Resources and implementation");
        Edited(editedBy);
    }

    public void UpdateEqualityScreening(EqualityScreeningInput screening, string editedBy)
    {
        EnsureEditable();
        _screeningAnswers.Clear();
        foreach (var trigger in ScreeningTool.Triggers)
        {
            var answer = screening.Answers.GetValueOrDefault(trigger);
            _screeningAnswers.Add(new ScreeningAnswer(trigger, answer.Answer, ProposalText.Optional(answer.Impact, AnswerMaxLength, "Impact summary")));
        }

        ScreeningSummary = ProposalText.Optional(screening.Summary, AnswerMaxLength, "Screening summary");
        FullEqualityAnalysisRequired = screening.FullEqualityAnalysisRequired;
        NoFullEqualityAnalysisReason = screening.FullEqualityAnalysisRequired == false
            ? ProposalText.Optional(screening.NoFullEqualityAnalysisReason, AnswerMaxLength, "Reason")
            : null;
        AdditionalInformation = ProposalText.Optional(screening.AdditionalInformation, AnswerMaxLength, "Additional information");
        Edited(editedBy);
    }

    /// <summary>True when a trigger question is answered Yes but no full Equality Analysis is planned.</summary>
    public bool ScreeningNeedsJustification =>
        FullEqualityAnalysisRequired == false && _screeningAnswers.Any(a => a.Answer == true);
}
