namespace CouncilProposals.Web.Features.Account;

/// <summary>The council's identity provider, as an authentication scheme (registered by configuration).</summary>
public static class CouncilSignIn
{
    public const string Scheme = "CouncilSignIn";
}
