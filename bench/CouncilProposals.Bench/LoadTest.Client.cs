using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CouncilProposals.Web.Hosting.Seeding;

namespace CouncilProposals.Bench;

internal static partial class LoadTest
{
    /// <summary>One signed-in person with cookies of their own, going round the pages their role uses.</summary>
    internal sealed partial class Client(string email, string role, string code, LoadTargets targets, string thumbprint) : IDisposable
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            // The run's own certificate and no other.
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint },
        });

        private int _turn;

        public static Client For(int index, int count, LoadTargets targets, string thumbprint)
        {
            // 10 of 25 Corporate Finance, 10 officers, 5 directors; the same shares for other counts.
            var (code, _) = targets.Directorates[index % targets.Directorates.Count];
            return (index * 5 / Math.Max(1, count)) switch
            {
                < 2 => new Client(DemoUsers.CorporateFinance, "cf", code, targets, thumbprint),
                < 4 => new Client(DemoData.Officer(code), "officer", code, targets, thumbprint),
                _ => new Client(DemoData.Director(code), "director", code, targets, thumbprint),
            };
        }

        public async Task SignInAsync(Uri address)
        {
            _http.BaseAddress = address;
            using var page = await _http.GetAsync(new Uri("/sign-in", UriKind.Relative));
            if (page.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The sign-in page at {address} answered {(int)page.StatusCode} {page.Headers.Location}");
            }

            var form = await page.Content.ReadAsStringAsync();
            var token = SignInToken().Match(form).Groups[1].Value;
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Email"] = email,
                ["Password"] = DemoUsers.Password,
                ["ReturnUrl"] = "/",
            });
            using var response = await _http.PostAsync(new Uri("/sign-in", UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/sign-in", StringComparison.Ordinal) != false)
            {
                throw new InvalidOperationException($"Could not sign in as {email}: {(int)response.StatusCode}");
            }
        }

        public async Task RunAsync(string[] pages, Dictionary<string, PageTimes>? results, CancellationToken stop)
        {
            // A client whose role has none of the pages run (directors when only the section edit page is) sits out.
            if (pages.All(p => Url(p) is null))
            {
                return;
            }

            while (!stop.IsCancellationRequested)
            {
                var page = pages[_turn++ % pages.Length];
                if (Url(page) is not { } url)
                {
                    continue;
                }

                var watch = Stopwatch.StartNew();
                try
                {
                    // The page is read to its end but not kept: the clients share the app's process and its garbage collector.
                    using var response = await _http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
                    await response.Content.CopyToAsync(Stream.Null, CancellationToken.None);
                    watch.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        results?[page].Fail();
                    }
                }
                catch (HttpRequestException)
                {
                    results?[page].Fail();
                }

                results?[page].Times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        /// <summary>Saves a section of one of the directorate's drafts at the given rate, timing the post and its redirect.</summary>
        public async Task SaveAsync(int perMinute, PageTimes saves, CancellationToken stop)
        {
            var drafts = targets.DraftIds[code];
            if (perMinute <= 0 || drafts.Count == 0)
            {
                return;
            }

            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1.0 / perMinute));
            try
            {
                while (await timer.WaitForNextTickAsync(stop))
                {
                    var url = new Uri($"/proposals/{drafts[_turn++ % drafts.Count]}/edit/resources", UriKind.Relative);
                    var form = await _http.GetStringAsync(url, CancellationToken.None);
                    using var content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(FormToken().Match(form).Groups[1].Value),
                        ["Version"] = FormVersion().Match(form).Groups[1].Value,
                        ["ResourcesAndImplementation"] = Text($"Delivered by the service's own staff, checked at save {_turn}."),
                    });
                    var watch = Stopwatch.StartNew();
                    using var response = await _http.PostAsync(url, content, CancellationToken.None);
                    watch.Stop();
                    if (response.StatusCode != HttpStatusCode.Redirect)
                    {
                        saves.Fail();
                    }

                    saves.Times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            catch (OperationCanceledException)
            {
                // The run is over.
            }
        }

        /// <summary>The page's address for this person; null where their role has no such page (only officers edit).</summary>
        private string? Url(string page)
        {
            var ids = targets.ProposalIds[code];
            var drafts = targets.DraftIds[code];
            var directorateId = targets.Directorates.First(d => d.Code == code).Id;
            return page switch
            {
                "list" => "/proposals",
                "list filtered" => $"/proposals?directorateId={directorateId}&status=Approved",
                "list searched" => $"/proposals?q={targets.SearchWord}",
                "list sorted" => _turn % 2 == 0 ? "/proposals?sort=total&order=desc" : "/proposals?sort=reference",
                "list far page" => "/proposals?page=" + (role == "cf" ? 200 : 40).ToString(CultureInfo.InvariantCulture),
                "home" => "/",
                "proposal" => $"/proposals/{ids[_turn % ids.Count]}",
                "section edit" when role == "officer" && drafts.Count > 0 => $"/proposals/{drafts[_turn % drafts.Count]}/edit/details",
                _ => null,
            };
        }

        public void Dispose() => _http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex FormToken();

        [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
        private static partial Regex FormVersion();

        [GeneratedRegex("action=\"/sign-in\".*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Singleline)]
        private static partial Regex SignInToken();
    }
}
