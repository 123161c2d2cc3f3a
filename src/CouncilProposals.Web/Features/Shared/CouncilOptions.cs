namespace CouncilProposals.Web.Features.Shared;

/// <summary>The "Council" configuration section: the council's own name, shown on every page and document, and the service's address.</summary>
public sealed class CouncilOptions
{
    public const string SectionName = "Council";

    public string Name { get; set; } = "London Borough of Tower Hamlets";

    public string ServiceName { get; set; } = "Budget savings proposals";

    /// <summary>Where people reach the service, such as <c>https://savings.council.gov.uk</c>: the start of the links in e-mails.</summary>
    public string? BaseUrl { get; set; }
}
