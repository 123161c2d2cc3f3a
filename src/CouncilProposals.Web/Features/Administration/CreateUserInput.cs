using System.ComponentModel.DataAnnotations;
using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Administration;

/// <summary>What an administrator chooses for an account, whether creating or changing it.</summary>
public interface IAccountAccessInput
{
    string? DisplayName { get; }

    string? Password { get; }

    List<string> Roles { get; }

    List<int> DirectorateIds { get; }
}

public sealed class CreateUserInput : IAccountAccessInput
{
    /// <summary>The form's fields from top to bottom, for the error summary.</summary>
    public static readonly IReadOnlyList<string> FieldOrder = [nameof(Email), nameof(DisplayName), nameof(Roles), nameof(DirectorateIds), nameof(Password)];

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Empty for someone who signs in only through the council's identity provider.</summary>
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    [Display(Name = "Directorates")]
    public List<int> DirectorateIds { get; set; } = [];
}

/// <summary>The rules shared by creating and changing an account.</summary>
public sealed class AccountAccessValidator : AbstractValidator<IAccountAccessInput>
{
    public AccountAccessValidator()
    {
        RuleFor(i => i.DisplayName).NotEmpty().WithMessage("Enter the person's name").MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(i => i.Password).MinimumLength(12).When(i => !string.IsNullOrEmpty(i.Password)).WithMessage("Password must be 12 characters or more");
        RuleFor(i => i.Roles).NotEmpty().WithMessage("Select at least one role")
            .Must(roles => roles.All(Domain.Access.Roles.All.Contains)).WithMessage("Select roles from the list");
        RuleFor(i => i.DirectorateIds).NotEmpty().When(i => i.Roles.Any(Domain.Access.Roles.IsDirectorateRole))
            .WithMessage("Select the directorates a finance officer or director works for");
    }
}

public sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage("Enter the email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@council.gov.uk")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        Include(new AccountAccessValidator());
    }
}

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Directorates, bool IsLocked, bool IsDeactivated, bool IsMe);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, string? Done);

public sealed record CreateUserPage(CreateUserInput Input, IReadOnlyList<ListOption> Directorates);

/// <summary>An administrator changing someone's name, roles, directorates or password.</summary>
public sealed class EditUserInput : IAccountAccessInput
{
    /// <summary>The form's fields from top to bottom, for the error summary.</summary>
    public static readonly IReadOnlyList<string> FieldOrder = [nameof(DisplayName), nameof(Roles), nameof(DirectorateIds), nameof(Password)];

    public string? DisplayName { get; set; }

    /// <summary>A new password, or empty to leave it as it is.</summary>
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    [Display(Name = "Directorates")]
    public List<int> DirectorateIds { get; set; } = [];

    /// <summary>The account's concurrency stamp when the form was opened, so a change made meanwhile is not overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public sealed class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator() => Include(new AccountAccessValidator());
}

public sealed record EditUserPage(string UserId, string Email, EditUserInput Input, IReadOnlyList<ListOption> Directorates, AccountState State);

/// <summary>An account action the administrator confirms before it takes effect.</summary>
public sealed record ConfirmAccountPage(string UserId, string Email, string Heading, IReadOnlyList<string> Explanation, string Button, bool IsWarning);

/// <summary>The roles, directorates and password fields of the create and change pages.</summary>
public sealed record AccessChoices(IReadOnlyList<string> Roles, IReadOnlyList<int> DirectorateIds, IReadOnlyList<ListOption> Directorates, string PasswordLabel, string PasswordHint);
