using FluentValidation;

namespace CouncilProposals.Web.Features.Account;

public sealed class ResetPasswordInput
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(i => i.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(12).WithMessage("Password must be 12 characters or more");
        RuleFor(i => i.ConfirmPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the new password again")
            .Equal(i => i.Password).WithMessage("The passwords do not match: enter the same password twice");
    }
}

/// <summary>The page of a reset link: the form while the link works, otherwise why it does not.</summary>
public sealed record ResetPasswordPage(ResetPasswordInput Input, string? Email, bool LinkWorks);
