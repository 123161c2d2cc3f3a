namespace CouncilProposals.TestSupport;

public static class HttpClientExtensions
{
    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url) =>
        await HtmlPage.LoadAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

    /// <summary>Posts a page's form as a browser would, antiforgery token included, with some fields changed.</summary>
    public static async Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, IDictionary<string, string>? changes = null, string formSelector = "main form[method=post]")
    {
        var values = page.FormValues(formSelector);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return await client.PostFormAsync(page.FormAction(formSelector), values);
    }

    public static async Task<HtmlPage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await HtmlPage.LoadAsync(await client.PostAsync(new Uri(url, UriKind.Relative), content));
    }
}
