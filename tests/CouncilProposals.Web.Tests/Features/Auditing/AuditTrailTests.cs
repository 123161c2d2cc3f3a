using System.Globalization;
using CouncilProposals.Web.Data;

namespace CouncilProposals.Web.Tests.Features.Auditing;

/// <summary>Every change of data or access leaves one audit entry saying who, when and what; entries are never changed.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditTrailTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task CreateUser_WithUnknownDirectorate_ShowsTheErrorAndLeavesNoAccount()
    {
        var email = $"{Unique.Word()}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);

        var page = await CreateUserAsync(admin, email, directorateId: "987654");

        Assert.Contains("Select directorates from the list", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var again = await CreateUserAsync(admin, email, directorateId: await GovernanceIdAsync());
        Assert.Contains($"Account created for {email}", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_LeavesOneEntryWithWhoWhenAndWhat()
    {
        var email = $"{Unique.Word()}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);

        await CreateUserAsync(admin, email, await GovernanceIdAsync());

        var entry = Assert.Single(await EntriesForAsync(email));
        AssertWhoAndWhen(entry, DemoUsers.Admin, "Created");
        Assert.Contains(email, entry.Changes, StringComparison.Ordinal);
        Assert.Contains("Finance Officer", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockAndUnlock_EachLeaveOneEntry()
    {
        var email = $"{Unique.Word()}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var list = await CreateUserAsync(admin, email, await GovernanceIdAsync());

        var locked = await admin.SubmitAsync(await LockPageAsync(admin, list, email));
        await admin.SubmitAsync(locked, formSelector: $"form[action$='/unlock']:has(button span:contains('{email}'))");

        var entries = (await EntriesForAsync(email)).Where(e => e.Action != "Created").ToList();
        Assert.Collection(entries, e => AssertWhoAndWhen(e, DemoUsers.Admin, "Locked"), e => AssertWhoAndWhen(e, DemoUsers.Admin, "Unlocked"));
    }

    [Fact]
    public async Task SignIn_WhenRefused_LeavesOneEntryForThatAccount()
    {
        var email = $"{Unique.Word()}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        await CreateUserAsync(admin, email, await GovernanceIdAsync());

        await SignInAsync(email, "not the password at all");

        var entry = Assert.Single(await EntriesForAsync(email), e => e.Action != "Created");
        AssertWhoAndWhen(entry, email, "Sign-in refused");
        Assert.Contains("wrong details", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LockedAccountAndUnknownAccount_GetTheSameMessage()
    {
        var email = $"{Unique.Word()}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var list = await CreateUserAsync(admin, email, await GovernanceIdAsync());
        await admin.SubmitAsync(await LockPageAsync(admin, list, email));

        var locked = await SignInAsync(email, "a brand new passphrase");
        var unknown = await SignInAsync($"{Unique.Word()}@council.example", "a brand new passphrase");

        Assert.Equal(unknown.TextOf(".govuk-error-summary"), locked.TextOf(".govuk-error-summary"));
        Assert.Contains("ask an administrator", locked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("15 minutes", locked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CabinetPack_CreateAndEdit_EachLeaveOneEntry()
    {
        var title = $"Pack {Unique.Word()}";
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        await client.SubmitAsync(await client.GetPageAsync("/cabinet-packs/new"), new Dictionary<string, string> { ["Title"] = title, ["Day"] = "17", ["Month"] = "2", ["Year"] = "2021" });
        var id = await factory.WithDbAsync(db => db.CabinetPacks.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

        var details = await client.GetPageAsync($"/cabinet-packs/{id}/details");
        await client.SubmitAsync(details, new Dictionary<string, string> { ["Title"] = title + " (revised)" });

        var entries = await EntriesForAsync("CabinetPack", id.ToString(CultureInfo.InvariantCulture));
        Assert.Collection(entries, e => AssertWhoAndWhen(e, DemoUsers.CorporateFinance, "Created"), e => AssertWhoAndWhen(e, DemoUsers.CorporateFinance, "Edited"));
        Assert.Contains(title + " (revised)", entries[1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEntry_CannotBeChangedOrDeleted()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "test", EntityType = "Test", EntityId = Unique.Word(), Action = "Created" });
            await db.SaveChangesAsync();
            return db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).Last();
        });

        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(async db =>
        {
            (await db.AuditEntries.SingleAsync(e => e.Id == id)).Action = "Changed";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "Changed"))));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteDeleteAsync()));
        Assert.Equal("Created", await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => e.Action).SingleAsync()));
    }

    private void AssertWhoAndWhen(AuditEntry entry, string who, string action)
    {
        Assert.Equal(who, entry.UserName);
        Assert.Equal(factory.Time.GetUtcNow(), entry.At);
        Assert.Equal(action, entry.Action);
    }

    private Task<string> GovernanceIdAsync() =>
        factory.WithDbAsync(async db => (await db.Directorates.SingleAsync(d => d.Code == "GOV")).Id.ToString(CultureInfo.InvariantCulture));

    private async Task<List<AuditEntry>> EntriesForAsync(string email)
    {
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return await EntriesForAsync("Account", userId);
    }

    private Task<List<AuditEntry>> EntriesForAsync(string entityType, string entityId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync());

    private static async Task<HtmlPage> CreateUserAsync(HttpClient admin, string email, string directorateId)
    {
        var form = await admin.GetPageAsync("/admin/users/create");
        return await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = email,
            ["DisplayName"] = "Audited Person",
            ["Roles"] = "Finance Officer",
            ["DirectorateIds"] = directorateId,
            ["Password"] = "a brand new passphrase",
        });
    }

    private async Task<HtmlPage> SignInAsync(string email, string password)
    {
        var client = factory.CreateClient();
        return await client.SubmitAsync(await client.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "form[action='/sign-in']");
    }

    /// <summary>The confirmation page that the list's Lock link opens for the account.</summary>
    private static async Task<HtmlPage> LockPageAsync(HttpClient admin, HtmlPage list, string email) =>
        await admin.GetPageAsync(list.FindAll("a[href$='/lock']").Single(a => a.TextContent.Contains(email, StringComparison.Ordinal)).GetAttribute("href")!);
}
