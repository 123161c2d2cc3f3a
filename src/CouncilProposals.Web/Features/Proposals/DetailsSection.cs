using System.ComponentModel.DataAnnotations;
using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The identity grid: title, savings type, service area, directorate service, outcome, lead officer and member.</summary>
public sealed class DetailsInput : ISectionInput
{
    public Guid Version { get; set; }

    public string? Title { get; set; }

    [Display(Name = ProposalFormWording.SavingsType)]
    public int? SavingsTypeId { get; set; }

    [Display(Name = ProposalFormWording.ServiceArea)]
    public int? ServiceAreaId { get; set; }

    public string? DirectorateService { get; set; }

    [Display(Name = ProposalFormWording.StrategicPriorityOutcome)]
    public int? StrategicPriorityOutcomeId { get; set; }

    public string? LeadOfficerAndPost { get; set; }

    public string? LeadMemberAndPortfolio { get; set; }
}

public sealed class DetailsInputValidator : AbstractValidator<DetailsInput>
{
    public DetailsInputValidator()
    {
        RuleFor(i => i.Title).NotEmpty().WithMessage("Enter the proposal title")
            .MaximumLength(Proposal.TitleMaxLength).WithMessage($"Proposal title must be {Proposal.TitleMaxLength} characters or fewer");
        RuleFor(i => i.DirectorateService).MaximumLength(Proposal.ShortTextMaxLength)
            .WithMessage($"Directorate service must be {Proposal.ShortTextMaxLength} characters or fewer");
        RuleFor(i => i.LeadOfficerAndPost).MaximumLength(Proposal.ShortTextMaxLength)
            .WithMessage($"Lead officer and post must be {Proposal.ShortTextMaxLength} characters or fewer");
        RuleFor(i => i.LeadMemberAndPortfolio).MaximumLength(Proposal.ShortTextMaxLength)
            .WithMessage($"Lead member and portfolio must be {Proposal.ShortTextMaxLength} characters or fewer");
    }
}

public sealed class DetailsSection : SectionForm<DetailsInput>
{
    public static readonly DetailsSection Instance = new();

    public override ProposalSection Section => ProposalSection.Details;

    public override string RuleErrorField => nameof(DetailsInput.Title);

    public override IEnumerable<string> FieldOrder(DetailsInput input, EditContext context) =>
    [
        nameof(DetailsInput.Title),
        nameof(DetailsInput.SavingsTypeId),
        nameof(DetailsInput.ServiceAreaId),
        nameof(DetailsInput.DirectorateService),
        nameof(DetailsInput.StrategicPriorityOutcomeId),
        nameof(DetailsInput.LeadOfficerAndPost),
        nameof(DetailsInput.LeadMemberAndPortfolio),
    ];

    public override DetailsInput Read(Proposal proposal) => new()
    {
        Version = proposal.Version,
        Title = proposal.Title,
        SavingsTypeId = proposal.SavingsTypeId,
        ServiceAreaId = proposal.ServiceAreaId,
        DirectorateService = proposal.DirectorateService,
        StrategicPriorityOutcomeId = proposal.StrategicPriorityOutcomeId,
        LeadOfficerAndPost = proposal.LeadOfficerAndPost,
        LeadMemberAndPortfolio = proposal.LeadMemberAndPortfolio,
    };

    public override IEnumerable<ComparedValue> Describe(DetailsInput input, EditContext context) =>
    [
        new(ProposalFormWording.Title, input.Title ?? string.Empty),
        new(ProposalFormWording.SavingsType, ProposalLists.NameOf(context.Lists.SavingsTypes, input.SavingsTypeId)),
        new(ProposalFormWording.ServiceArea, ProposalLists.NameOf(context.Lists.ServiceAreas, input.ServiceAreaId)),
        new(ProposalFormWording.DirectorateService, input.DirectorateService ?? string.Empty),
        new(ProposalFormWording.StrategicPriorityOutcome, ProposalLists.NameOf(context.Lists.Outcomes, input.StrategicPriorityOutcomeId)),
        new(ProposalFormWording.LeadOfficerAndPost, input.LeadOfficerAndPost ?? string.Empty),
        new(ProposalFormWording.LeadMemberAndPortfolio, input.LeadMemberAndPortfolio ?? string.Empty),
    ];

    public override IEnumerable<(string Field, string Message)> CheckAgainst(DetailsInput input, Proposal saved, EditContext context)
    {
        if (input.SavingsTypeId is { } type && context.Lists.SavingsTypes.All(o => o.Id != type))
        {
            yield return (nameof(DetailsInput.SavingsTypeId), "Choose a savings type from the list");
        }

        if (input.ServiceAreaId is { } area && input.ServiceAreaId != saved.ServiceAreaId)
        {
            // An area another directorate's proposal already uses stays; choosing one anew must be the directorate's own or shared.
            var option = context.Lists.ServiceAreas.FirstOrDefault(o => o.Id == area);
            if (option is null)
            {
                yield return (nameof(DetailsInput.ServiceAreaId), "Choose a savings service area from the list");
            }
            else if (!ProposalLists.IsOffered(option, context.DirectorateId))
            {
                yield return (nameof(DetailsInput.ServiceAreaId), $"Choose a savings service area of this proposal's directorate: {option.Name} belongs to another directorate");
            }
        }

        if (input.StrategicPriorityOutcomeId is { } outcome && context.Lists.Outcomes.All(o => o.Id != outcome))
        {
            yield return (nameof(DetailsInput.StrategicPriorityOutcomeId), "Choose a strategic priority outcome from the list");
        }
    }

    public override void Apply(Proposal proposal, DetailsInput input, string editedBy) => proposal.UpdateDetails(
        new ProposalDetails(
            input.Title ?? string.Empty,
            input.SavingsTypeId,
            input.ServiceAreaId,
            input.DirectorateService,
            input.StrategicPriorityOutcomeId,
            input.LeadOfficerAndPost,
            input.LeadMemberAndPortfolio),
        editedBy);
}
