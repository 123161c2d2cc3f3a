using Microsoft.Playwright;

namespace CouncilProposals.Bench;

/// <summary>
/// Debian's chromium (CHROMIUM_PATH to override), launched once and kept warm through Playwright, signed in, loading
/// the proposal's page and printing it to PDF on A4 for each run: what the service would cost printing HTML.
/// </summary>
internal static class ChromiumBench
{
    public static async Task<Timing?> TimeAsync(Uri baseAddress, int proposalId, int runs)
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            Console.WriteLine($"Chromium: not measured, {path} is not installed.");
            return null;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "en-GB", IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.Locator("#Email").FillAsync(Web.Hosting.Seeding.DemoUsers.CorporateFinance);
        await page.Locator("#Password").FillAsync(Web.Hosting.Seeding.DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        return await PdfBench.TimeAsync(runs, async () =>
        {
            await page.GotoAsync($"/proposals/{proposalId}");
            return (await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true })).Length;
        });
    }
}
