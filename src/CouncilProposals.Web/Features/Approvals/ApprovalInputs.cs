using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Shared;
using FluentValidation;

namespace CouncilProposals.Web.Features.Approvals;

/// <summary>Every decision form carries the version of the proposal the person read before deciding.</summary>
public abstract class DecisionInput
{
    public Guid Version { get; set; }
}

public sealed class ApproveInput : DecisionInput
{
    public string? Comment { get; set; }
}

public sealed class ReturnInput : DecisionInput
{
    public string? Reasons { get; set; }
}

public sealed class WithdrawInput : DecisionInput
{
    public string? Reason { get; set; }
}

public sealed class ReopenInput : DecisionInput
{
    public string? Reason { get; set; }
}

public sealed class CabinetDecisionInput : DecisionInput
{
    /// <summary>"agreed" or "not-agreed".</summary>
    public string? Decision { get; set; }

    public string? Reason { get; set; }

    public string? DecisionMaker { get; set; }

    public string? DecisionMakerRole { get; set; }

    public int? Day { get; set; }

    public int? Month { get; set; }

    public int? Year { get; set; }

    public bool Agreed => Decision == "agreed";

    public DateOnly? Date => Day is { } d && Month is { } m && Year is { } y && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
        ? new DateOnly(y, m, d)
        : null;
}

public sealed class ApproveInputValidator : AbstractValidator<ApproveInput>
{
    public ApproveInputValidator() =>
        RuleFor(i => i.Comment).MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Comment must be {Proposal.AnswerMaxLength:N0} characters or fewer");
}

public sealed class ReturnInputValidator : AbstractValidator<ReturnInput>
{
    public ReturnInputValidator() =>
        RuleFor(i => i.Reasons).NotEmpty().WithMessage("Enter the reasons for returning the proposal")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reasons must be {Proposal.AnswerMaxLength:N0} characters or fewer");
}

public sealed class WithdrawInputValidator : AbstractValidator<WithdrawInput>
{
    public WithdrawInputValidator() =>
        RuleFor(i => i.Reason).NotEmpty().WithMessage("Enter the reason for withdrawing the proposal")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reason must be {Proposal.AnswerMaxLength:N0} characters or fewer");
}

public sealed class ReopenInputValidator : AbstractValidator<ReopenInput>
{
    public ReopenInputValidator() =>
        RuleFor(i => i.Reason).NotEmpty().WithMessage("Enter the reason for reopening the proposal")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reason must be {Proposal.AnswerMaxLength:N0} characters or fewer");
}

public sealed class CabinetDecisionInputValidator : AbstractValidator<CabinetDecisionInput>
{
    public CabinetDecisionInputValidator(TimeProvider time)
    {
        RuleFor(i => i.Decision).Must(d => d is "agreed" or "not-agreed").WithMessage("Select whether Cabinet agreed the proposal");
        RuleFor(i => i.Reason).NotEmpty().When(i => i.Decision == "not-agreed").WithMessage("Enter the reason Cabinet did not agree the proposal")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reason must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        RuleFor(i => i.DecisionMaker).NotEmpty().WithMessage("Enter who made the decision").MaximumLength(200).WithMessage("Decision maker must be 200 characters or fewer");
        RuleFor(i => i.DecisionMakerRole).NotEmpty().WithMessage("Enter the decision maker's role").MaximumLength(200).WithMessage("Role must be 200 characters or fewer");
        RuleFor(i => i.Date).NotNull().OverridePropertyName(nameof(CabinetDecisionInput.Day))
            .WithMessage("Enter the date of the decision as a real date, for example 17 2 2021");
        RuleFor(i => i.Date).Must(date => CabinetDecision.IsTakenBy(date!.Value, CouncilCalendar.Today(time))).When(i => i.Date is not null)
            .OverridePropertyName(nameof(CabinetDecisionInput.Day)).WithMessage(CabinetDecision.FutureDateMessage);
    }
}

/// <summary>A decision page: the proposal it is about and the form.</summary>
public sealed record DecisionPage<TInput>(int Id, string Reference, string Title, string Status, string? ReturnReason, TInput Input)
    where TInput : DecisionInput;
