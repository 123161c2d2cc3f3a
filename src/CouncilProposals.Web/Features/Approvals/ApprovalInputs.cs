using System.Globalization;
using CouncilProposals.Domain.Common;
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

/// <summary>Who decided, in what role and when: typed once for a meeting. The month may be a number or a name ("Feb").</summary>
public interface IDecisionMeetingInput
{
    string? DecisionMaker { get; }

    string? DecisionMakerRole { get; }

    string? Day { get; }

    string? Month { get; }

    string? Year { get; }
}

/// <summary>A decision on one proposal: what Cabinet decided, what changed or why not, and the meeting.</summary>
public abstract class DecisionRecordInput : DecisionInput, IDecisionMeetingInput
{
    public const string Agreed = "agreed";
    public const string AgreedWithChanges = "agreed-with-changes";
    public const string NotAgreed = "not-agreed";

    /// <summary>The decision forms' fields from top to bottom, for the error summary.</summary>
    public static readonly IReadOnlyList<string> FieldOrder =
    [
        string.Empty, nameof(Decision), nameof(Changes), nameof(Reason), nameof(DecisionMaker), nameof(DecisionMakerRole), DecisionMeetingValidator.DateField,
        nameof(CorrectDecisionInput.CorrectionReason),
    ];

    /// <summary><see cref="Agreed"/>, <see cref="AgreedWithChanges"/> or <see cref="NotAgreed"/>.</summary>
    public string? Decision { get; set; }

    public string? Changes { get; set; }

    public string? Reason { get; set; }

    public string? DecisionMaker { get; set; }

    public string? DecisionMakerRole { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public CabinetOutcome? Outcome => OutcomeOf(Decision);

    /// <summary>The text that goes with the outcome: what changed, or the reason.</summary>
    public string? Details => Outcome switch
    {
        CabinetOutcome.AgreedWithChanges => Changes,
        CabinetOutcome.NotAgreed => Reason,
        _ => null,
    };

    public DateOnly? Date => DateText.Read(Day, Month, Year);

    public static CabinetOutcome? OutcomeOf(string? decision) => decision switch
    {
        Agreed => CabinetOutcome.Agreed,
        AgreedWithChanges => CabinetOutcome.AgreedWithChanges,
        NotAgreed => CabinetOutcome.NotAgreed,
        _ => null,
    };

    public static string ValueOf(CabinetOutcome outcome) => outcome switch
    {
        CabinetOutcome.AgreedWithChanges => AgreedWithChanges,
        CabinetOutcome.NotAgreed => NotAgreed,
        _ => Agreed,
    };

    /// <summary>The form filled in with a recorded decision, to correct it.</summary>
    public void Fill(CabinetDecision decision)
    {
        Decision = ValueOf(decision.Outcome);
        Changes = decision.Changes;
        Reason = decision.Reason;
        DecisionMaker = decision.DecisionMaker;
        DecisionMakerRole = decision.DecisionMakerRole;
        Day = decision.DecisionDate.Day.ToString(CultureInfo.InvariantCulture);
        Month = decision.DecisionDate.Month.ToString(CultureInfo.InvariantCulture);
        Year = decision.DecisionDate.Year.ToString(CultureInfo.InvariantCulture);
    }
}

public sealed class CabinetDecisionInput : DecisionRecordInput;

/// <summary>A recorded decision corrected: the decision as it should have been, and why it is corrected.</summary>
public sealed class CorrectDecisionInput : DecisionRecordInput
{
    public string? CorrectionReason { get; set; }
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

/// <summary>The meeting's fields, checked alike on a proposal's decision page and on a pack's decisions page.</summary>
public sealed class DecisionMeetingValidator : AbstractValidator<IDecisionMeetingInput>
{
    public const string DateField = nameof(IDecisionMeetingInput.Day);

    public DecisionMeetingValidator(TimeProvider time)
    {
        RuleFor(i => i.DecisionMaker).NotEmpty().WithMessage("Enter who made the decision")
            .MaximumLength(CabinetDecision.NameMaxLength).WithMessage($"Decision maker must be {CabinetDecision.NameMaxLength} characters or fewer");
        RuleFor(i => i.DecisionMakerRole).NotEmpty().WithMessage("Enter the decision maker's role")
            .MaximumLength(CabinetDecision.NameMaxLength).WithMessage($"Role must be {CabinetDecision.NameMaxLength} characters or fewer");
        RuleFor(i => i.Day).Custom((_, context) =>
        {
            if (DateError(context.InstanceToValidate, CouncilCalendar.Today(time)) is { } error)
            {
                context.AddFailure(error);
            }
        });
    }

    /// <summary>What is wrong with the date, in plain words, or null when it is a real date not after today.</summary>
    public static string? DateError(IDecisionMeetingInput input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input.Day) && string.IsNullOrWhiteSpace(input.Month) && string.IsNullOrWhiteSpace(input.Year))
        {
            return "Enter the date of the decision";
        }

        if (!string.IsNullOrWhiteSpace(input.Month) && DateText.Month(input.Month) is null)
        {
            return "Enter the month as a number or a name, like 2, Feb or February";
        }

        return DateText.Read(input.Day, input.Month, input.Year) is not { } date
            ? "Enter the date of the decision as a real date, like 17 2 2021 or 17 Feb 2021"
            : CabinetDecision.IsTakenBy(date, today) ? null : CabinetDecision.FutureDateMessage;
    }
}

public abstract class DecisionRecordInputValidator<TInput> : AbstractValidator<TInput>
    where TInput : DecisionRecordInput
{
    protected DecisionRecordInputValidator(TimeProvider time)
    {
        RuleFor(i => i.Decision).Must(d => DecisionRecordInput.OutcomeOf(d) is not null).WithMessage("Select what Cabinet decided");
        RuleFor(i => i.Changes).NotEmpty().When(i => i.Outcome == CabinetOutcome.AgreedWithChanges).WithMessage("Enter what Cabinet changed")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"What changed must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        RuleFor(i => i.Reason).NotEmpty().When(i => i.Outcome == CabinetOutcome.NotAgreed).WithMessage("Enter the reason Cabinet did not agree the proposal")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reason must be {Proposal.AnswerMaxLength:N0} characters or fewer");
        Include(new DecisionMeetingValidator(time));
    }
}

public sealed class CabinetDecisionInputValidator(TimeProvider time) : DecisionRecordInputValidator<CabinetDecisionInput>(time);

public sealed class CorrectDecisionInputValidator : DecisionRecordInputValidator<CorrectDecisionInput>
{
    public CorrectDecisionInputValidator(TimeProvider time)
        : base(time) =>
        RuleFor(i => i.CorrectionReason).NotEmpty().WithMessage("Enter the reason for correcting the decision")
            .MaximumLength(Proposal.AnswerMaxLength).WithMessage($"Reason for the correction must be {Proposal.AnswerMaxLength:N0} characters or fewer");
}

/// <summary>A decision page: the proposal it is about (with the decision recorded, if any) and the form.</summary>
public sealed record DecisionPage<TInput>(int Id, string Reference, string Title, string Status, string? ReturnReason, CabinetDecision? Recorded, TInput Input)
    where TInput : DecisionInput;
