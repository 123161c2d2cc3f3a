using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CouncilProposals.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace CouncilProposals.Bench;

/// <summary>
/// The load test: N proposals in a fresh SQLite database, the real app on Kestrel (HTTPS on 127.0.0.1, a random
/// port), C signed-in clients each sending its next request as soon as the last returned, for S seconds.
/// Run with: dotnet run -c Release --project bench/CouncilProposals.Bench -- load [--proposals 5000] [--clients 25] [--seconds 60] [--compare 50000] [--pages home,proposal]
/// <c>--pages</c> runs only the pages named (comma-separated), so that the CPU and allocations per request are one page's.
/// </summary>
internal static partial class LoadTest
{
    private static readonly string[] ListPages = ["list", "list filtered", "list searched", "list sorted", "list far page"];

    public static async Task RunAsync(string[] args)
    {
        var proposals = Option(args, "--proposals", 5000);
        var clients = Option(args, "--clients", 25);
        var seconds = Option(args, "--seconds", 60);
        var compare = Option(args, "--compare", 0);
        var savesPerMinute = Option(args, "--saves-per-minute", 60);
        Console.WriteLine(Text($"Load test: {proposals:N0} proposals, {clients} clients, {seconds} s, {savesPerMinute} section saves a minute, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));

        var pages = ListPages.Concat(["home", "proposal", "section edit"]).ToArray();
        var at = Array.IndexOf(args, "--pages");
        if (at >= 0 && at + 1 < args.Length)
        {
            var only = args[at + 1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            pages = pages.Where(only.Contains).ToArray();
        }

        var results = await RunOnceAsync(proposals, clients, seconds, pages, savesPerMinute);
        var passed = Report(results);
        if (compare > 0)
        {
            var large = await RunOnceAsync(compare, clients, seconds, ["list"], savesPerMinute);
            var ratio = Percentile(large["list"].Times, 0.95) / Percentile(results["list"].Times, 0.95);
            Console.WriteLine(Text($"list at {compare:N0} proposals p95={Percentile(large["list"].Times, 0.95):0} ms errors={large["list"].Errors}; {ratio:0.00}x the p95 at {proposals:N0} (goal <= 2x): {(ratio <= 2 ? "PASS" : "FAIL")}"));
            passed &= ratio <= 2;
        }

        Environment.ExitCode = passed ? 0 : 1;
    }

    private static async Task<Dictionary<string, PageTimes>> RunOnceAsync(int proposals, int clients, int seconds, string[] pages, int savesPerMinute)
    {
        var folder = Directory.CreateTempSubdirectory("council-proposals-load");
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(CouncilProposals.Web.Hosting.AppSetup).Assembly.GetName().Name, EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration["Database:Provider"] = "Sqlite";
            builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "load.db")}";
            builder.Configuration["Logs:Folder"] = folder.FullName;
            builder.Configuration["Council:BaseUrl"] = "https://127.0.0.1";

            // No logging during the run: writing a line per request to the console would be what is measured.
            builder.Logging.ClearProviders();
            var silent = new Serilog.LoggerConfiguration().MinimumLevel.Fatal().CreateLogger();
            builder.Services.AddSerilog(silent, dispose: true);
            builder.Services.AddSingleton<Serilog.ILogger>(silent);
            builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
            using var certificate = SelfSignedCertificate();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
            await using var app = builder.Build();
            await app.Services.MigrateDatabaseAsync(seedDemoData: true);
            var targets = await LoadData.CreateAsync(app.Services, proposals);
            app.UseCouncilProposals();
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

            var users = Enumerable.Range(0, clients).Select(i => Client.For(i, clients, targets, certificate.Thumbprint)).ToList();
            foreach (var user in users)
            {
                await user.SignInAsync(address);
            }

            // Officers save while the others read: every save changes the lists' stamp, so kept pages are read again.
            using var saver = Client.For(clients * 2 / 5, clients, targets, certificate.Thumbprint);
            await saver.SignInAsync(address);
            var results = pages.ToDictionary(p => p, _ => new PageTimes());
            var saves = new PageTimes();
            using var warmUp = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Min(5, seconds)));
            await Task.WhenAll(users.Select(u => u.RunAsync(pages, null, warmUp.Token)));
            using var run = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            await Task.WhenAll(users.Select(u => u.RunAsync(pages, results, run.Token)).Append(saver.SaveAsync(savesPerMinute, saves, run.Token)));

            // The steadier figure on a shared machine: CPU time per request (app and clients share the process).
            var requests = results.Values.Sum(r => r.Times.Count);
            var perRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, requests);
            Console.WriteLine(Text($"{proposals:N0} proposals: {requests:N0} requests in {seconds} s, {perRequest:0.0} ms CPU per request, load average {LoadAverage()}"));
            Console.WriteLine(Text(
                $"garbage collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / Math.Max(1, requests):N0} KB allocated per request"));

            Console.WriteLine(Text($"section saves p50={Percentile(saves.Times, 0.5):0} p95={Percentile(saves.Times, 0.95):0} errors={saves.Errors} (saves={saves.Times.Count})"));
            foreach (var user in users)
            {
                user.Dispose();
            }

            await app.StopAsync();
            return results;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static bool Report(Dictionary<string, PageTimes> results)
    {
        foreach (var (page, times) in results)
        {
            Console.WriteLine(Text($"{page} p50={Percentile(times.Times, 0.5):0} p95={Percentile(times.Times, 0.95):0} p99={Percentile(times.Times, 0.99):0} errors={times.Errors} (requests={times.Times.Count})"));
        }

        var passed = true;
        foreach (var (page, times) in results)
        {
            var target = page is "proposal" or "section edit" ? 100 : 150;
            var p95 = Percentile(times.Times, 0.95);
            var ok = p95 <= target && times.Errors == 0 && !times.Times.IsEmpty;
            passed &= ok;
            Console.WriteLine(Text($"target {page}: p95 {p95:0} ms <= {target} ms, 0 errors: {(ok ? "PASS" : "FAIL")}"));
        }

        return passed;
    }

    private static double Percentile(ConcurrentBag<double> times, double fraction)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A certificate for 127.0.0.1 made for this run only, so the app runs on HTTPS as it does in production.</summary>
    internal static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    internal sealed class PageTimes
    {
        public ConcurrentBag<double> Times { get; } = [];

        public int Errors => _errors;

        private int _errors;

        public void Fail() => Interlocked.Increment(ref _errors);
    }
}
