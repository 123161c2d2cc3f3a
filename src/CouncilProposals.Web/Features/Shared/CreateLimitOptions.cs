namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// The "RateLimits" configuration section. A proposal's reference is permanent and never reused, so one person
/// may create only so many proposals a minute; a refused request gets the 429 page.
/// </summary>
public sealed class CreateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>The rate-limiter policy on creating a proposal, partitioned by the signed-in user's name.</summary>
    public const string CreateProposalPolicy = "create-proposal";

    public int ProposalCreatesPerMinute { get; set; } = 5;
}
