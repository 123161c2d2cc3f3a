using System.Globalization;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// Makes and checks the tokens of password reset links. The framework's token provider reads the system clock; this
/// one reads the app's <see cref="TimeProvider"/>, so a link's expiry can be tested. A token names the account, its
/// purpose, its expiry and the account's security stamp, which setting a password renews: each link works once.
/// </summary>
public sealed class PasswordResetTokens(IDataProtectionProvider protection, TimeProvider time) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "PasswordResetLink";

    private readonly IDataProtector _protector = protection.CreateProtector("CouncilProposals.PasswordResetLink");

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var expires = time.GetUtcNow().Add(PasswordResetLink.Lifespan).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = string.Join('\n', user.Id, purpose, expires, await manager.GetSecurityStampAsync(user));
        return WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        string[] parts;
        try
        {
            parts = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        return parts.Length == 4
            && parts[0] == user.Id
            && parts[1] == purpose
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() < expires
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);
}
