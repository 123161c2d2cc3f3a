using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>Resources and implementation: what it takes to deliver the saving.</summary>
public sealed class ResourcesInput : ISectionInput
{
    public Guid Version { get; set; }

    public string? ResourcesAndImplementation { get; set; }
}

public sealed class ResourcesInputValidator : AbstractValidator<ResourcesInput>
{
    public ResourcesInputValidator() => RuleFor(i => i.ResourcesAndImplementation).MaximumLength(Proposal.LongTextMaxLength)
        .WithMessage($"Resources and implementation must be {Proposal.LongTextMaxLength:N0} characters or fewer");
}

public sealed class ResourcesSection : SectionForm<ResourcesInput>
{
    public static readonly ResourcesSection Instance = new();

    public override ProposalSection Section => ProposalSection.Resources;

    public override string RuleErrorField => nameof(ResourcesInput.ResourcesAndImplementation);

    public override IEnumerable<string> FieldOrder(ResourcesInput input, EditContext context) => [nameof(ResourcesInput.ResourcesAndImplementation)];

    public override ResourcesInput Read(Proposal proposal) =>
        new() { Version = proposal.Version, ResourcesAndImplementation = proposal.ResourcesAndImplementation };

    public override IEnumerable<ComparedValue> Describe(ResourcesInput input, EditContext context) =>
        [new(ProposalFormWording.ResourcesAndImplementation, input.ResourcesAndImplementation ?? string.Empty)];

    public override void Apply(Proposal proposal, ResourcesInput input, string editedBy) =>
        proposal.UpdateResources(input.ResourcesAndImplementation, editedBy);
}
