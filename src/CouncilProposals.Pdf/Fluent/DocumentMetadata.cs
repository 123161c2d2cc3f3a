namespace CouncilProposals.Pdf.Fluent;

/// <summary>
/// The PDF's document information (title, author, subject, keywords, creator and creation date), its language and
/// whether viewers show the title rather than the file name.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string Creator { get; init; } = "CouncilProposals";

    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>The document's natural language, a BCP 47 tag written to the catalog's <c>/Lang</c>: en-GB unless set.</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>Viewers show <see cref="Title"/> in their title bar (<c>/ViewerPreferences &lt;&lt; /DisplayDocTitle true &gt;&gt;</c>).</summary>
    public bool DisplayTitle { get; init; } = true;
}
