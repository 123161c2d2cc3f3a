using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The Budget Equality Analysis Screening Tool: seven trigger questions, a summary and whether a full EA is needed.</summary>
public sealed class ScreeningInput : ISectionInput
{
    public Guid Version { get; set; }

    /// <summary>One per trigger question, in the tool's order.</summary>
    public List<ScreeningAnswerForm> Answers { get; set; } = [];

    public string? Summary { get; set; }

    public string? FullEqualityAnalysisRequired { get; set; }

    public string? NoFullEqualityAnalysisReason { get; set; }

    public string? AdditionalInformation { get; set; }

    public bool AnyYes => Answers.Any(a => a.Answer == SectionText.Yes);
}

public sealed class ScreeningAnswerForm
{
    public string? Answer { get; set; }

    public string? Impact { get; set; }
}

public sealed class ScreeningInputValidator : AbstractValidator<ScreeningInput>
{
    public ScreeningInputValidator()
    {
        RuleFor(i => i.Answers.Count).LessThanOrEqualTo(ScreeningTool.Triggers.Count).OverridePropertyName(nameof(ScreeningInput.Answers))
            .WithMessage("There are seven trigger questions");
        RuleForEach(i => i.Answers).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Answer).Must(v => v is null or SectionText.Yes or SectionText.No).WithMessage("Select yes or no");
            answer.RuleFor(a => a.Impact).MaximumLength(Proposal.AnswerMaxLength)
                .WithMessage($"An impact summary must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        });
        RuleFor(i => i.Summary).MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Summary must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        RuleFor(i => i.FullEqualityAnalysisRequired).Must(v => v is null or SectionText.Yes or SectionText.No)
            .WithMessage("Select whether a full Equality Analysis will be required");
        RuleFor(i => i.NoFullEqualityAnalysisReason).MaximumLength(Proposal.AnswerMaxLength)
            .WithMessage($"The reason must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        RuleFor(i => i.AdditionalInformation).MaximumLength(Proposal.AnswerMaxLength)
            .WithMessage($"Additional information must be {Proposal.AnswerMaxLength:N0} characters or fewer");
    }
}

public sealed class ScreeningSection : SectionForm<ScreeningInput>
{
    public static readonly ScreeningSection Instance = new();

    public const string ReasonHint = "You answered Yes to at least one trigger question. Explain why a full Equality Analysis is not needed.";

    public override ProposalSection Section => ProposalSection.EqualityScreening;

    public override string RuleErrorField => "Answers[0].Answer";

    /// <summary>The trigger questions with their impacts, the summary, the full EA question with its reason, then the comments.</summary>
    public override IEnumerable<string> FieldOrder(ScreeningInput input, EditContext context) =>
        Enumerable.Range(0, Math.Max(input.Answers.Count, ScreeningTool.Triggers.Count))
            .SelectMany(i => new[] { $"Answers[{i}].Answer", $"Answers[{i}].Impact" })
            .Concat(
            [
                nameof(ScreeningInput.Summary),
                nameof(ScreeningInput.FullEqualityAnalysisRequired),
                nameof(ScreeningInput.NoFullEqualityAnalysisReason),
                nameof(ScreeningInput.AdditionalInformation),
            ]);

    public override ScreeningInput Read(Proposal proposal) => new()
    {
        Version = proposal.Version,
        Answers = ScreeningTool.Triggers
            .Select(t => new ScreeningAnswerForm { Answer = SectionText.YesNo(proposal.ScreeningAnswerFor(t)), Impact = proposal.ScreeningImpactFor(t) })
            .ToList(),
        Summary = proposal.ScreeningSummary,
        FullEqualityAnalysisRequired = SectionText.YesNo(proposal.FullEqualityAnalysisRequired),
        NoFullEqualityAnalysisReason = proposal.NoFullEqualityAnalysisReason,
        AdditionalInformation = proposal.AdditionalInformation,
    };

    /// <summary>Pads the answers to one per trigger question, so a short post cannot shift them.</summary>
    public static ScreeningInput Normalise(ScreeningInput input)
    {
        while (input.Answers.Count < ScreeningTool.Triggers.Count)
        {
            input.Answers.Add(new ScreeningAnswerForm());
        }

        return input;
    }

    public override IEnumerable<ComparedValue> Describe(ScreeningInput input, EditContext context)
    {
        foreach (var (trigger, index) in ScreeningTool.Triggers.Select((t, i) => (t, i)))
        {
            var answer = index < input.Answers.Count ? input.Answers[index] : new ScreeningAnswerForm();
            var text = SectionText.YesNoText(answer.Answer);
            yield return new(ScreeningTool.Question(trigger), string.IsNullOrWhiteSpace(answer.Impact) ? text : $"{text}: {answer.Impact}".TrimStart(':', ' '));
        }

        yield return new(ScreeningTool.SummaryLabel, input.Summary ?? string.Empty);
        yield return new(ScreeningTool.FullEaQuestionOnScreen, SectionText.YesNoText(input.FullEqualityAnalysisRequired));
        yield return new(ProposalFormWording.NoFullEqualityAnalysisReasonField, input.NoFullEqualityAnalysisReason ?? string.Empty);
        yield return new(ScreeningTool.AdditionalInformationLabel, input.AdditionalInformation ?? string.Empty);
    }

    public override void Apply(Proposal proposal, ScreeningInput input, string editedBy)
    {
        Normalise(input);
        var answers = ScreeningTool.Triggers
            .Select((trigger, index) => (trigger, form: input.Answers[index]))
            .ToDictionary(a => a.trigger, a => (SectionText.ParseYesNo(a.form.Answer), a.form.Impact));
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(
                answers,
                input.Summary,
                SectionText.ParseYesNo(input.FullEqualityAnalysisRequired),
                input.NoFullEqualityAnalysisReason,
                input.AdditionalInformation),
            editedBy);
    }
}
