using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// Identity's errors in the words of the pages people use: accounts are known by their email address (the user name
/// is the email address, so a duplicate is one error, not two), and password rules say what to type.
/// </summary>
public sealed class PlainIdentityErrors : IdentityErrorDescriber
{
    public const string DuplicateAccount = "An account with this email address already exists";

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), DuplicateAccount);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), DuplicateAccount);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Enter an email address in the correct format, like name@council.gov.uk");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Enter an email address in the correct format, like name@council.gov.uk");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"Password must be at least {length} characters"));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"Password must use at least {uniqueChars} different characters"));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Password must include a number (0 to 9)");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Password must include a lower case letter (a to z)");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Password must include a capital letter (A to Z)");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Password must include a symbol, like ! or ?");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The password is not right");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account already has a password");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Someone else changed this account while you were editing it. Check the account and make your changes again");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "The account could not be saved. Try again");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
