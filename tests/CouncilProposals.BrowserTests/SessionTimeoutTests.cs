namespace CouncilProposals.BrowserTests;

/// <summary>The timeout warning, on an app whose sign-in lasts a minute and warns 54 seconds before the end.</summary>
[Collection(ShortSessionCollection.Name)]
public sealed class SessionTimeoutTests(ShortSessionBrowserApp app)
{
    private static readonly LocatorAssertionsToBeVisibleOptions WarningAppears = new() { Timeout = 20_000 };

    [Fact]
    public async Task Warning_NearTheEndOfTheSession_TrapsFocusAndStaySignedInKeepsTheSession()
    {
        var page = await app.NewPageAsync(DemoData.Officer("HAC"));
        await page.GotoAsync("/proposals");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You are about to be signed out" });
        var stay = dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" });
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(dialog).ToBeVisibleAsync(WarningAppears);
        await Assertions.Expect(stay).ToBeFocusedAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("We will sign you out in");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(stay).ToBeFocusedAsync();

        var renewed = await page.RunAndWaitForResponseAsync(() => stay.ClickAsync(), "**/session/keep-alive");
        Assert.Equal(204, renewed.Status);
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(dialog).ToBeVisibleAsync(WarningAppears);
        var escaped = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Escape"), "**/session/keep-alive");
        Assert.Equal(204, escaped.Status);
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.GotoAsync("/proposals");
        await Assertions.Expect(page.Locator("[data-signed-in-as]")).ToHaveTextAsync($"Signed in as {DemoData.Officer("HAC")}");
    }
}

/// <summary>The app with a one-minute sign-in that warns after six seconds, so the warning can be tested quickly.</summary>
public sealed class ShortSessionBrowserApp : BrowserApp
{
    public ShortSessionBrowserApp()
    {
        Factory.Settings["Security:SessionMinutes"] = "1";
        Factory.Settings["Security:SessionWarningMinutes"] = "0.9";
    }
}

[CollectionDefinition(Name)]
public sealed class ShortSessionCollection : ICollectionFixture<ShortSessionBrowserApp>
{
    public const string Name = "Short session";
}
