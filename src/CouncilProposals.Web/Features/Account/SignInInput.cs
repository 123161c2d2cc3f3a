using FluentValidation;

namespace CouncilProposals.Web.Features.Account;

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(i => i.Password).NotEmpty().WithMessage("Enter your password");
    }
}

/// <summary>The sign-in page: the form, the council's identity provider when one is configured, and a success banner.</summary>
public sealed record SignInPage(SignInInput Input, string? ExternalProvider, string? Banner);
