using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>A part of the covering report to withhold from the public version, by name, with the paragraph and reason.</summary>
public sealed class ExemptReportPartInput
{
    public string? Part { get; set; }

    public string? Paragraph { get; set; }

    public string? Reason { get; set; }

    /// <summary>The part named, if it is one the form offers.</summary>
    public ReportPart? ChosenPart =>
        Enum.TryParse<ReportPart>(Part, ignoreCase: false, out var part) && Enum.IsDefined(part) && part.ToString() == Part ? part : null;
}

public sealed class ExemptReportPartInputValidator : AbstractValidator<ExemptReportPartInput>
{
    public ExemptReportPartInputValidator()
    {
        RuleFor(i => i.Part).Must((input, _) => input.ChosenPart is not null).WithMessage("Choose the part of the covering report");
        RuleFor(i => i.Paragraph).Must(p => ExemptionParagraph.TryParse(p, out _)).WithMessage(ExemptionParagraph.OutOfRangeMessage);
        RuleFor(i => i.Reason).NotEmpty().WithMessage("Enter the reason the information is exempt")
            .MaximumLength(ExemptionParagraph.ReasonMaxLength).WithMessage($"The reason must be {ExemptionParagraph.ReasonMaxLength:N0} characters or fewer");
    }
}

/// <summary>The page: the parts that have text (only those can be withheld), those exempt now, and the form.</summary>
public sealed record ExemptReportPartPage(int PackId, string PackTitle, IReadOnlyList<(ReportPart Part, ExemptionParagraph? Paragraph)> Parts, ExemptReportPartInput Input);
