using CouncilProposals.Web.Features.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.Administration;

public sealed class CreateUserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Empty for someone who signs in only through the council's identity provider.</summary>
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<int> DirectorateIds { get; set; } = [];
}

public sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage("Enter the email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@council.gov.uk")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(i => i.DisplayName).NotEmpty().WithMessage("Enter the person's name").MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(i => i.Password).MinimumLength(12).When(i => !string.IsNullOrEmpty(i.Password)).WithMessage("Password must be 12 characters or more");
        RuleFor(i => i.Roles).NotEmpty().WithMessage("Select at least one role")
            .Must(roles => roles.All(Domain.Access.Roles.All.Contains)).WithMessage("Select roles from the list");
        RuleFor(i => i.DirectorateIds).NotEmpty().When(i => i.Roles.Any(Domain.Access.Roles.IsDirectorateRole))
            .WithMessage("Select the directorates a finance officer or director works for");
    }
}

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Directorates, bool IsLocked, bool IsMe);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, string? Done);

public sealed record CreateUserPage(CreateUserInput Input, IReadOnlyList<ListOption> Directorates);
