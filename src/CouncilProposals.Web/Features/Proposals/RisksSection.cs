using System.Globalization;
using CouncilProposals.Domain.Proposals;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The risks, each with its mitigation, in the order the officer puts them.</summary>
public sealed class RisksInput : ISectionInput
{
    public Guid Version { get; set; }

    public List<RiskForm> Risks { get; set; } = [];

    /// <summary>"add", "remove:1", "up:1", "down:1"; empty saves.</summary>
    public string? Action { get; set; }

    /// <summary>After an action, the id of the element the page opens focused on (never posted).</summary>
    [BindNever]
    public string? FocusId { get; set; }

    /// <summary>After an action, what happened, for screen readers (never posted).</summary>
    [BindNever]
    public string? Announcement { get; set; }
}

public sealed class RiskForm
{
    public string? Risk { get; set; }

    public string? Mitigation { get; set; }
}

public sealed class RisksInputValidator : AbstractValidator<RisksInput>
{
    public RisksInputValidator() => RuleForEach(i => i.Risks).ChildRules(risk =>
    {
        risk.RuleFor(r => r.Risk).NotEmpty().When(r => !string.IsNullOrWhiteSpace(r.Mitigation))
            .WithMessage("Describe the risk this mitigation is for");
        risk.RuleFor(r => r.Risk).MaximumLength(Risk.MaxLength).WithMessage($"A risk must be {Risk.MaxLength:N0} characters or fewer");
        risk.RuleFor(r => r.Mitigation).MaximumLength(Risk.MaxLength).WithMessage($"A mitigation must be {Risk.MaxLength:N0} characters or fewer");
    });
}

public sealed class RisksSection : SectionForm<RisksInput>
{
    public static readonly RisksSection Instance = new();

    public override ProposalSection Section => ProposalSection.Risks;

    public override string RuleErrorField => "Risks[0].Risk";

    public override IEnumerable<string> FieldOrder(RisksInput input, EditContext context) =>
        input.Risks.SelectMany((_, i) => new[] { $"Risks[{i}].Risk", $"Risks[{i}].Mitigation" });

    public override RisksInput Read(Proposal proposal)
    {
        var input = new RisksInput
        {
            Version = proposal.Version,
            Risks = proposal.Risks.OrderBy(r => r.Order).Select(r => new RiskForm { Risk = r.Description, Mitigation = r.Mitigation }).ToList(),
        };
        if (input.Risks.Count == 0)
        {
            input.Risks.Add(new RiskForm());
        }

        return input;
    }

    public const string AddButtonId = "add-risk";

    public static string RiskId(int index) => $"Risks-{index}-Risk";

    public static string MoveUpId(int index) => $"Risks-{index}-up";

    public static string MoveDownId(int index) => $"Risks-{index}-down";

    /// <summary>
    /// Carries out "Add another risk", "Remove", "Move up" or "Move down": true when the form is shown again, not saved.
    /// The page then opens on the risk the action left in front of the officer, as a browser without JavaScript would not.
    /// </summary>
    public static bool ApplyAction(RisksInput input)
    {
        var parts = (input.Action ?? string.Empty).Split(':');
        if (parts[0] == "add")
        {
            input.Risks.Add(new RiskForm());
            Focus(input, RiskId(input.Risks.Count - 1), $"Risk {input.Risks.Count} added");
            return true;
        }

        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= input.Risks.Count)
        {
            return false;
        }

        switch (parts[0])
        {
            case "remove":
                input.Risks.RemoveAt(index);
                if (input.Risks.Count == 0)
                {
                    input.Risks.Add(new RiskForm());
                }

                // The risk that took its place, or the one before when the last was removed.
                Focus(input, RiskId(Math.Min(index, input.Risks.Count - 1)), $"Risk {index + 1} removed");
                return true;
            case "up" when index > 0:
                (input.Risks[index - 1], input.Risks[index]) = (input.Risks[index], input.Risks[index - 1]);
                Focus(input, index - 1 > 0 ? MoveUpId(index - 1) : MoveDownId(index - 1), $"Risk {index + 1} moved up to risk {index}");
                return true;
            case "down" when index < input.Risks.Count - 1:
                (input.Risks[index + 1], input.Risks[index]) = (input.Risks[index], input.Risks[index + 1]);
                Focus(input, index + 1 < input.Risks.Count - 1 ? MoveDownId(index + 1) : MoveUpId(index + 1), $"Risk {index + 1} moved down to risk {index + 2}");
                return true;
            default:
                return true;
        }
    }

    public override IEnumerable<ComparedValue> Describe(RisksInput input, EditContext context) =>
        input.Risks
            .Where(r => !string.IsNullOrWhiteSpace(r.Risk) || !string.IsNullOrWhiteSpace(r.Mitigation))
            .SelectMany((r, i) => new[] { new ComparedValue(ProposalFormWording.RiskField(i + 1), r.Risk ?? string.Empty), new ComparedValue(ProposalFormWording.MitigationField(i + 1), r.Mitigation ?? string.Empty) });

    public override void Apply(Proposal proposal, RisksInput input, string editedBy) =>
        proposal.UpdateRisks(input.Risks.Select(r => (r.Risk ?? string.Empty, r.Mitigation)), editedBy);

    private static void Focus(RisksInput input, string elementId, string announcement)
    {
        input.FocusId = elementId;
        input.Announcement = announcement;
    }
}
