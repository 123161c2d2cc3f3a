using System.Globalization;
using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>One savings proposal as a PDF in the council's format, with DRAFT across it until Cabinet has decided on it.</summary>
public sealed class ProposalPdfDocument(ProposalDocumentModel model, DateTimeOffset generatedAt) : IDocument
{
    public DocumentMetadata GetMetadata() => new()
    {
        Title = $"{model.Reference} {model.Title}",
        Author = model.CouncilName,
        Subject = $"{model.Heading}, Medium Term Financial Strategy {model.CycleName}",
        Keywords = $"savings proposal; {model.Directorate}; {model.Reference}",
        CreationDate = generatedAt,
    };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        ProposalPdfPages.Setup(page, $"{model.Reference} {model.Title}", model.IsDraft);
        page.Content().Component(new ProposalForm(model));
    });
}

/// <summary>Figures as the PDFs print them.</summary>
public static class PdfFigures
{
    /// <summary>
    /// FTE figures always with one decimal place, two when the figure has them ("8.0", "7.5", "12.75"), so a column
    /// of posts reads alike; "N/A", "-" and blanks as they are.
    /// </summary>
    public static string Fte(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var fte) ? fte.ToString("#,##0.0#", CultureInfo.InvariantCulture) : text;
}

/// <summary>Page settings shared by the proposal PDF and the proposals inside a Cabinet pack.</summary>
public static class ProposalPdfPages
{
    /// <summary>Size, margins, the footer naming the document, DRAFT when it is one, and a band across the top of every page (padding pages too) when given.</summary>
    public static void Setup(PageDescriptor page, string footerText, bool draft, bool landscape = false, bool padToEvenPages = false, string? band = null)
    {
        page.Size(landscape ? PageSizes.A4.Landscape() : PageSizes.A4);
        if (padToEvenPages)
        {
            page.PadToEvenPageCount();
        }

        page.Margin(40, 36);
        page.DefaultTextStyle(s => s.FontSize(9).LineHeight(1.25f));
        if (band is not null)
        {
            page.Header().Background("#000000").Padding(4).Text(band).FontSize(9).Bold().FontColor("#FFFFFF");
        }

        page.Footer().BorderTop(0.5f, "#7F7F7F").PaddingTop(4).Row(row =>
        {
            row.RelativeItem().Text(footerText).FontSize(8);
            row.AutoItem().Text(t =>
            {
                t.Span("Page ").FontSize(8);
                t.CurrentPageNumber().FontSize(8);
                t.Span(" of ").FontSize(8);
                t.TotalPages().FontSize(8);
            });
        });
        if (draft)
        {
            page.Foreground().Watermark("DRAFT");
        }
    }
}
