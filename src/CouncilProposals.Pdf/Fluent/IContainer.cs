using CouncilProposals.Pdf.Elements;

namespace CouncilProposals.Pdf.Fluent;

/// <summary>A slot in the layout tree that takes one element. Extension methods fill it fluently.</summary>
public interface IContainer
{
    internal void SetChild(Element element);
}

/// <summary>A reusable piece of a document, such as a proposal's form inside a Cabinet pack.</summary>
public interface IComponent
{
    void Compose(IContainer container);
}

/// <summary>A document: its metadata and its pages, composed in code.</summary>
public interface IDocument
{
    DocumentMetadata GetMetadata();

    void Compose(IDocumentContainer container);
}

public interface IDocumentContainer
{
    /// <summary>Adds a set of pages sharing size, margins, header and footer; its content flows over as many pages as it needs.</summary>
    IDocumentContainer Page(Action<PageDescriptor> compose);
}
