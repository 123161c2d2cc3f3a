using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CouncilProposals.TestSupport;

/// <summary>A page as the user sees it: its text, and its forms to fill in and post back.</summary>
public sealed class HtmlPage
{
    private HtmlPage(IDocument document, HttpResponseMessage response)
    {
        Document = document;
        Response = response;
    }

    public IDocument Document { get; }

    public HttpResponseMessage Response { get; }

    /// <summary>The visible text with white space folded, for "the page says ..." assertions.</summary>
    public string Text => Fold(Document.Body?.TextContent ?? string.Empty);

    public static async Task<HtmlPage> LoadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return new HtmlPage(document, response);
    }

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IReadOnlyList<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector).ToList();

    public string TextOf(string selector) => Fold(Find(selector)?.TextContent ?? throw new InvalidOperationException($"No element matches '{selector}'."));

    /// <summary>The current values of a form's fields, ready to change and post.</summary>
    public Dictionary<string, string> FormValues(string selector = "main form[method=post]")
    {
        var form = Document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}'.");
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        return values;
    }

    public string FormAction(string selector = "main form[method=post]") =>
        Document.QuerySelector(selector)?.GetAttribute("action") ?? Response.RequestMessage?.RequestUri?.PathAndQuery ?? "/";

    public static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
