using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Approvals;
using FluentValidation;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>The "Record Cabinet's decisions" form: the meeting once, then a decision for every proposal awaiting one.</summary>
public sealed class PackDecisionsInput : IDecisionMeetingInput
{
    public string? DecisionMaker { get; set; }

    public string? DecisionMakerRole { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public List<PackDecisionRowInput> Rows { get; set; } = [];

    public DecisionMeeting? Meeting => DateText.Read(Day, Month, Year) is { } date && !string.IsNullOrWhiteSpace(DecisionMaker) && !string.IsNullOrWhiteSpace(DecisionMakerRole)
        ? new DecisionMeeting(DecisionMaker, DecisionMakerRole, date)
        : null;

    /// <summary>The form's fields from top to bottom, for the error summary.</summary>
    public IReadOnlyList<string> FieldOrder() =>
    [
        string.Empty, nameof(DecisionMaker), nameof(DecisionMakerRole), DecisionMeetingValidator.DateField,
        .. Rows.SelectMany((_, i) => new[] { PackDecisions.RowField(i, nameof(PackDecisionRowInput.Outcome)), PackDecisions.RowField(i, nameof(PackDecisionRowInput.Changes)), PackDecisions.RowField(i, nameof(PackDecisionRowInput.Reason)) }),
    ];
}

/// <summary>One proposal's decision, with the version of the proposal the page showed.</summary>
public sealed class PackDecisionRowInput
{
    public const string Deferred = "deferred";

    public int ProposalId { get; set; }

    public Guid Version { get; set; }

    /// <summary>"agreed" (the default), "agreed-with-changes", "not-agreed" or "deferred".</summary>
    public string? Outcome { get; set; } = DecisionRecordInput.Agreed;

    public string? Changes { get; set; }

    public string? Reason { get; set; }

    public PackOutcome? PackOutcome => Outcome switch
    {
        DecisionRecordInput.Agreed => Domain.CabinetPacks.PackOutcome.Agreed,
        DecisionRecordInput.AgreedWithChanges => Domain.CabinetPacks.PackOutcome.AgreedWithChanges,
        DecisionRecordInput.NotAgreed => Domain.CabinetPacks.PackOutcome.NotAgreed,
        Deferred => Domain.CabinetPacks.PackOutcome.Deferred,
        _ => null,
    };

    public string? Details => PackOutcome switch
    {
        Domain.CabinetPacks.PackOutcome.AgreedWithChanges => Changes,
        Domain.CabinetPacks.PackOutcome.NotAgreed => Reason,
        _ => null,
    };
}

/// <summary>
/// Checks the meeting and every row, naming the proposal in each row's message so the error summary says which.
/// Built by the page with the references it shows, so it is not picked up by automatic validation.
/// </summary>
internal sealed class PackDecisionsValidator : AbstractValidator<PackDecisionsInput>
{
    public PackDecisionsValidator(TimeProvider time, IReadOnlyDictionary<int, string> references)
    {
        Include(new DecisionMeetingValidator(time));
        RuleForEach(i => i.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Outcome).Must(o => new PackDecisionRowInput { Outcome = o }.PackOutcome is not null)
                .WithMessage(r => $"Select what Cabinet decided on {references.GetValueOrDefault(r.ProposalId)}");
            row.RuleFor(r => r.Changes).NotEmpty().When(r => r.PackOutcome == PackOutcome.AgreedWithChanges)
                .WithMessage(r => $"Enter what Cabinet changed in {references.GetValueOrDefault(r.ProposalId)}")
                .MaximumLength(Proposal.AnswerMaxLength).WithMessage(r => $"What changed in {references.GetValueOrDefault(r.ProposalId)} must be {Proposal.AnswerMaxLength:N0} characters or fewer");
            row.RuleFor(r => r.Reason).NotEmpty().When(r => r.PackOutcome == PackOutcome.NotAgreed)
                .WithMessage(r => $"Enter the reason Cabinet did not agree {references.GetValueOrDefault(r.ProposalId)}")
                .MaximumLength(Proposal.AnswerMaxLength).WithMessage(r => $"The reason for {references.GetValueOrDefault(r.ProposalId)} must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        });
    }
}

/// <summary>The copy form: the next meeting and the new pack's title; everything else comes from the pack copied.</summary>
public sealed class CopyPackInput
{
    public string? MeetingName { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? Title { get; set; }

    public DateOnly? MeetingDate => DateText.Read(Day, Month, Year);
}

public sealed class CopyPackInputValidator : AbstractValidator<CopyPackInput>
{
    public CopyPackInputValidator()
    {
        RuleFor(x => x.MeetingName).NotEmpty().WithMessage("Enter the meeting, such as Cabinet")
            .MaximumLength(120).WithMessage("The meeting must be 120 characters or fewer");
        RuleFor(x => x.MeetingDate).NotNull().OverridePropertyName(nameof(CopyPackInput.Day))
            .WithMessage("Enter the date of the next meeting as day, month and year, like 17 2 2021 or 17 Feb 2021");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the new pack's title")
            .MaximumLength(CabinetPack.TitleMaxLength).WithMessage($"The title must be {CabinetPack.TitleMaxLength} characters or fewer");
    }
}

/// <summary>The delete confirmation carries the version of the pack the person looked at.</summary>
public sealed class DeletePackInput
{
    public Guid Version { get; set; }
}
