namespace CouncilProposals.Web.Features.Shared;

/// <summary>The "Council" configuration section: the council's own name, shown on every page and document.</summary>
public sealed class CouncilOptions
{
    public const string SectionName = "Council";

    public string Name { get; set; } = "London Borough of Tower Hamlets";

    public string ServiceName { get; set; } = "Budget savings proposals";
}
