using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>Turns a composed document into PDF bytes.</summary>
public interface IPdfRenderer
{
    byte[] Render(IDocument document);

    void Render(IDocument document, Stream output);

    /// <summary>Lays the document out without drawing: its page count and where each section starts.</summary>
    DocumentLayout Measure(IDocument document);
}

public sealed record DocumentLayout(int PageCount, IReadOnlyDictionary<string, int> SectionPages);

/// <summary>The content cannot be laid out, such as an element taller than any page.</summary>
public sealed class LayoutException : Exception
{
    public LayoutException(string message)
        : base(message)
    {
    }

    public LayoutException()
    {
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
