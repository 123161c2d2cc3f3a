using System.Net;

namespace CouncilProposals.TestSupport;

/// <summary>Posts as a signed-in user would, without a form on the page: the antiforgery token comes from the header's sign-out form.</summary>
public static class SignedInRequests
{
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IDictionary<string, string> values)
    {
        var home = await client.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        var token = home.Find("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
