using System.Security.Claims;

namespace CouncilProposals.Web.Features.Account;

/// <summary>
/// Who the council's identity provider says signed in. <see cref="Subject"/> is the immutable identifier the
/// link to an account is kept by: Microsoft Entra's object id within its tenant (<c>tid</c>, <c>oid</c>), or else
/// the token's issuer and subject (the <c>sub</c> claim and the issuer that vouched for it). E-mail addresses and user names can change and be
/// reused, so they are used only once, to find the account at the first sign-in, and only when verified.
/// </summary>
public sealed record ExternalIdentity(string? Subject, string? Email, bool EmailVerified)
{
    /// <summary>The longest key the user logins table holds.</summary>
    private const int MaxSubjectLength = 450;

    public static ExternalIdentity From(ClaimsPrincipal principal)
    {
        string? Value(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;

        var sub = principal.FindFirst("sub");
        var subject = (Value("tid"), Value("oid"), sub) switch
        {
            ({ } tenant, { } objectId, _) => $"entra:{tenant}:{objectId}",
            (_, _, { Value.Length: > 0 }) => $"oidc:{sub.Issuer}|{sub.Value}",
            _ => null,
        };
        var verified = IsTrue(Value("email_verified")) || IsTrue(Value("xms_edov"));
        return new ExternalIdentity(subject is { Length: <= MaxSubjectLength } ? subject : null, Value("email"), verified);
    }

    private static bool IsTrue(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
}
