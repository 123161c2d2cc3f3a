namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>The users admin pages: administrators only; create with roles and directorates; lock and unlock.</summary>
[Collection(WebCollection.Name)]
public sealed class AdministrationTests(CouncilProposalsFactory factory)
{
    [Theory]
    [InlineData("officer.hac@council.example")]
    [InlineData("director.hac@council.example")]
    [InlineData("corporate.finance@council.example")]
    public async Task UsersPage_ForSomeoneNotAnAdministrator_IsForbidden(string user)
    {
        var client = await factory.CreateClientForAsync(user, followRedirects: false);

        var response = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_WithRoleAndDirectorate_CanSignInAndSeesOnlyThatDirectorate_UntilLocked()
    {
        var email = $"new.officer.{Guid.NewGuid():N}@council.example";
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var form = await admin.GetPageAsync("/admin/users/create");
        var gov = form.FindAll("input[name=DirectorateIds]").Single(i => form.Find($"label[for={i.Id}]")!.TextContent == "Governance").GetAttribute("value")!;

        var list = await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = email,
            ["DisplayName"] = "New Officer",
            ["Roles"] = "Finance Officer",
            ["DirectorateIds"] = gov,
            ["Password"] = "a brand new passphrase",
        });

        Assert.Contains($"Account created for {email}", list.Text, StringComparison.Ordinal);
        var row = list.FindAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Finance Officer", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("GOV", row.TextContent, StringComparison.Ordinal);

        var officer = factory.CreateClient();
        var home = await officer.SubmitAsync(await officer.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = "a brand new passphrase" }, "form[action='/sign-in']");
        Assert.Contains($"Signed in as {email}", home.Text, StringComparison.Ordinal);
        var proposals = await officer.GetPageAsync("/proposals");
        Assert.All(proposals.FindAll("tbody tr:not(.app-totals-row) td:nth-child(1)"), cell => Assert.Contains("GOV", cell.TextContent, StringComparison.Ordinal));

        var confirm = await admin.GetPageAsync(list.FindAll("a[href$='/lock']").Single(a => a.TextContent.Contains(email, StringComparison.Ordinal)).GetAttribute("href")!);
        Assert.Contains($"Lock {email}?", confirm.TextOf("h1"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.LockoutEnd != null)));
        var locked = await admin.SubmitAsync(confirm);
        Assert.Contains($"{email} locked", locked.Text, StringComparison.Ordinal);
        var again = factory.CreateClient();
        var refused = await again.SubmitAsync(await again.GetPageAsync("/sign-in"), new Dictionary<string, string> { ["Email"] = email, ["Password"] = "a brand new passphrase" }, "form[action='/sign-in']");
        Assert.Contains("your account may be locked: ask an administrator to unlock it", refused.Text, StringComparison.Ordinal);

        var unlocked = await admin.SubmitAsync(locked, formSelector: $"form[action$='/unlock']:has(button span:contains('{email}'))");
        Assert.Contains($"{email} unlocked", unlocked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_OfficerWithoutDirectorate_ShowsTheErrorAndCreatesNobody()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var form = await admin.GetPageAsync("/admin/users/create");

        var page = await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = "no.directorate@council.example",
            ["DisplayName"] = "Nobody",
            ["Roles"] = "Director",
        });

        Assert.Contains("Select the directorates a finance officer or director works for", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "no.directorate@council.example")));
    }

    [Fact]
    public async Task Administrator_SeesNoProposals()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin, followRedirects: false);

        var response = await admin.GetAsync(new Uri("/proposals/1", UriKind.Relative));
        var list = await (await factory.CreateClientForAsync(DemoUsers.Admin)).GetPageAsync("/proposals");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(list.FindAll("tbody tr:not(.app-totals-row)"));
    }
}
