using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The proposal summary and the answers to the five standard questions.</summary>
public sealed class SummaryInput : ISectionInput
{
    public Guid Version { get; set; }

    public string? Summary { get; set; }

    public string? OtherServicesSupport { get; set; }

    public string? PrecedentForWithdrawal { get; set; }

    public string? CommunityAdaptation { get; set; }

    public string? BestPractice { get; set; }

    public string? VoluntarySectorCapacity { get; set; }
}

public sealed class SummaryInputValidator : AbstractValidator<SummaryInput>
{
    public SummaryInputValidator()
    {
        RuleFor(i => i.Summary).MaximumLength(Proposal.LongTextMaxLength)
            .WithMessage($"Proposal summary must be {Proposal.LongTextMaxLength:N0} characters or fewer");
        foreach (var (answer, _) in SummarySection.Questions)
        {
            RuleFor(i => SummarySection.AnswerOf(i, answer)).MaximumLength(Proposal.AnswerMaxLength).OverridePropertyName(answer)
                .WithMessage($"Each answer must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        }
    }
}

public sealed class SummarySection : SectionForm<SummaryInput>
{
    public static readonly SummarySection Instance = new();

    public override ProposalSection Section => ProposalSection.Summary;

    public override string RuleErrorField => nameof(SummaryInput.Summary);

    public override IEnumerable<string> FieldOrder(SummaryInput input, EditContext context) =>
        Questions.Select(q => q.Field).Prepend(nameof(SummaryInput.Summary));

    /// <summary>The five questions in the council's wording, each with its field name.</summary>
    public static IReadOnlyList<(string Field, string Question)> Questions { get; } =
    [
        (nameof(SummaryInput.OtherServicesSupport), StandardQuestions.OtherServicesSupport),
        (nameof(SummaryInput.PrecedentForWithdrawal), StandardQuestions.PrecedentForWithdrawal),
        (nameof(SummaryInput.CommunityAdaptation), StandardQuestions.CommunityAdaptation),
        (nameof(SummaryInput.BestPractice), StandardQuestions.BestPractice),
        (nameof(SummaryInput.VoluntarySectorCapacity), StandardQuestions.VoluntarySectorCapacity),
    ];

    public static string? AnswerOf(SummaryInput input, string field) => field switch
    {
        nameof(SummaryInput.OtherServicesSupport) => input.OtherServicesSupport,
        nameof(SummaryInput.PrecedentForWithdrawal) => input.PrecedentForWithdrawal,
        nameof(SummaryInput.CommunityAdaptation) => input.CommunityAdaptation,
        nameof(SummaryInput.BestPractice) => input.BestPractice,
        nameof(SummaryInput.VoluntarySectorCapacity) => input.VoluntarySectorCapacity,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public override SummaryInput Read(Proposal proposal) => new()
    {
        Version = proposal.Version,
        Summary = proposal.Summary,
        OtherServicesSupport = proposal.OtherServicesSupport,
        PrecedentForWithdrawal = proposal.PrecedentForWithdrawal,
        CommunityAdaptation = proposal.CommunityAdaptation,
        BestPractice = proposal.BestPractice,
        VoluntarySectorCapacity = proposal.VoluntarySectorCapacity,
    };

    public override IEnumerable<ComparedValue> Describe(SummaryInput input, EditContext context) =>
        Questions.Select(q => new ComparedValue(q.Question, AnswerOf(input, q.Field) ?? string.Empty))
            .Prepend(new ComparedValue(ProposalFormWording.Summary, input.Summary ?? string.Empty));

    public override void Apply(Proposal proposal, SummaryInput input, string editedBy) => proposal.UpdateSummary(
        input.Summary,
        new StandardAnswers(input.OtherServicesSupport, input.PrecedentForWithdrawal, input.CommunityAdaptation, input.BestPractice, input.VoluntarySectorCapacity),
        editedBy);
}
