using System.ComponentModel.DataAnnotations;
using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

public sealed class CreateInput
{
    [Display(Name = "MTFS cycle")]
    public int? CycleId { get; set; }

    [Display(Name = "Directorate")]
    public int? DirectorateId { get; set; }

    [Display(Name = "Proposal title")]
    public string? Title { get; set; }
}

public sealed class CreateInputValidator : AbstractValidator<CreateInput>
{
    public CreateInputValidator()
    {
        RuleFor(i => i.CycleId).NotNull().WithMessage("Choose the MTFS cycle");
        RuleFor(i => i.DirectorateId).NotNull().WithMessage("Choose the directorate");
        RuleFor(i => i.Title).NotEmpty().WithMessage("Enter the proposal title")
            .MaximumLength(Proposal.TitleMaxLength).WithMessage($"Proposal title must be {Proposal.TitleMaxLength} characters or fewer");
    }
}

public sealed record CreatePage(CreateInput Input, IReadOnlyList<CycleOption> Cycles, IReadOnlyList<ListOption> Directorates);
