using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>Current FTE and the FTE reductions per savings year, or "no staffing impact" (N/A everywhere).</summary>
public sealed class StaffingInput : ISectionInput
{
    public Guid Version { get; set; }

    /// <summary>"yes", "no", or nothing chosen yet.</summary>
    public string? HasStaffingImpact { get; set; }

    public string? CurrentFte { get; set; }

    public List<FteReductionForm> Reductions { get; set; } = [];
}

public sealed class FteReductionForm
{
    public int Year { get; set; }

    public string? Value { get; set; }
}

public sealed class StaffingInputValidator : AbstractValidator<StaffingInput>
{
    public StaffingInputValidator()
    {
        RuleFor(i => i.HasStaffingImpact).Must(v => v is null or SectionText.Yes or SectionText.No)
            .WithMessage("Select whether the proposal has a staffing impact");
        When(i => i.HasStaffingImpact == SectionText.Yes, () =>
        {
            RuleFor(i => i.CurrentFte).Custom((text, context) =>
            {
                if (StaffingSection.FteError(text, "current FTE") is { } error)
                {
                    context.AddFailure(error);
                }
            });
            RuleForEach(i => i.Reductions).ChildRules(reduction => reduction.RuleFor(r => r.Value).Custom((text, context) =>
            {
                // Named by year, so several bad reductions read apart in the error summary.
                if (StaffingSection.FteError(text, $"FTE reduction for {FinancialSection.YearText(context.InstanceToValidate.Year)}") is { } error)
                {
                    context.AddFailure(error);
                }
            }));
        });
    }
}

public sealed class StaffingSection : SectionForm<StaffingInput>
{
    public static readonly StaffingSection Instance = new();

    public override ProposalSection Section => ProposalSection.StaffingImpact;

    public override string RuleErrorField => nameof(StaffingInput.CurrentFte);

    public override IEnumerable<string> FieldOrder(StaffingInput input, EditContext context) =>
        new[] { nameof(StaffingInput.HasStaffingImpact), nameof(StaffingInput.CurrentFte) }
            .Concat(Enumerable.Range(0, Math.Max(input.Reductions.Count, context.SavingsYears.Count))
                .SelectMany(i => new[] { $"Reductions[{i}].Year", $"Reductions[{i}].Value" }));

    /// <summary>Reads "12", "12.5" or "1,200.75" (see <see cref="FteParser"/>); null when empty or not a number.</summary>
    public static Fte? ParseFte(string? text) => FteParser.Parse(text).Fte;

    public static string? FteError(string? text, string what) => FteParser.Parse(text, what).Error;

    public override StaffingInput Read(Proposal proposal) => new()
    {
        Version = proposal.Version,
        HasStaffingImpact = SectionText.YesNo(proposal.HasStaffingImpact),
        CurrentFte = proposal.CurrentFte?.ToString(),
        Reductions = proposal.Cycle.SavingsYears
            .Select(y => new FteReductionForm { Year = y.StartYear, Value = proposal.FteReductionIn(y) is { } fte && fte > Fte.Zero ? fte.ToString() : null })
            .ToList(),
    };

    public override IEnumerable<ComparedValue> Describe(StaffingInput input, EditContext context)
    {
        yield return new(ProposalFormWording.HasStaffingImpactField, SectionText.YesNoText(input.HasStaffingImpact));
        if (input.HasStaffingImpact == SectionText.Yes)
        {
            yield return new(ProposalFormWording.CurrentFteField(context.BaseYear), input.CurrentFte ?? string.Empty);
            foreach (var reduction in input.Reductions)
            {
                yield return new(ProposalFormWording.FteReductionsField(new FinancialYear(reduction.Year)), reduction.Value ?? string.Empty);
            }
        }
    }

    public override IEnumerable<(string Field, string Message)> CheckAgainst(StaffingInput input, Proposal saved, EditContext context)
    {
        for (var i = 0; i < input.Reductions.Count; i++)
        {
            if (context.SavingsYears.All(y => y.StartYear != input.Reductions[i].Year))
            {
                yield return ($"Reductions[{i}].Value", $"Enter reductions only for the savings years of the {context.CycleName} cycle");
            }
            else if (input.Reductions.Take(i).Any(earlier => earlier.Year == input.Reductions[i].Year))
            {
                yield return ($"Reductions[{i}].Value", "Enter one reduction for each savings year");
            }
        }
    }

    public override void Apply(Proposal proposal, StaffingInput input, string editedBy)
    {
        switch (SectionText.ParseYesNo(input.HasStaffingImpact))
        {
            case false:
                proposal.SetNoStaffingImpact(editedBy);
                break;
            case true:
                var reductions = input.Reductions
                    .Where(r => ParseFte(r.Value) is not null)
                    .ToDictionary(r => new FinancialYear(r.Year), r => ParseFte(r.Value)!.Value);
                proposal.UpdateStaffingImpact(ParseFte(input.CurrentFte), reductions, editedBy);
                break;
        }
    }
}
