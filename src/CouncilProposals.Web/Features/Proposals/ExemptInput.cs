using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The exempt information form: the paragraph of Schedule 12A (as typed, so any value is shown back) and the reason.</summary>
public sealed class ExemptInput
{
    public string? Paragraph { get; set; }

    public string? Reason { get; set; }

    public Guid Version { get; set; }
}

public sealed class ExemptInputValidator : AbstractValidator<ExemptInput>
{
    public ExemptInputValidator()
    {
        RuleFor(i => i.Paragraph).Must(p => ExemptionParagraph.TryParse(p, out _)).WithMessage(ExemptionParagraph.OutOfRangeMessage);
        RuleFor(i => i.Reason).NotEmpty().WithMessage("Enter the reason the information is exempt")
            .MaximumLength(Proposal.ExemptReasonMaxLength).WithMessage($"The reason must be {Proposal.ExemptReasonMaxLength:N0} characters or fewer");
    }
}

/// <summary>The exempt information page: the proposal, whether it is exempt now, and the form.</summary>
public sealed record ExemptPage(int Id, string Reference, string Title, ExemptionParagraph? Current, ExemptInput Input);
