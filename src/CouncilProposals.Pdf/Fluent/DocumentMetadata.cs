namespace CouncilProposals.Pdf.Fluent;

/// <summary>The PDF's document information: title, author, subject, keywords, creator and creation date.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string Creator { get; init; } = "CouncilProposals";

    public DateTimeOffset? CreationDate { get; init; }
}
