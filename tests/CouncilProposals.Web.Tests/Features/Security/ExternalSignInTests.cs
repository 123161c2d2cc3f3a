using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>
/// Signing in through the council's identity provider: the link to an account is kept by the provider's
/// immutable subject, made once from a verified e-mail address, and never moved by an e-mail claim.
/// </summary>
public sealed class ExternalSignInTests(FakeIdentityProviderFactory factory) : IClassFixture<FakeIdentityProviderFactory>
{
    [Fact]
    public async Task Callback_WithUnverifiedEmailOfAnExistingAccount_IsRefused()
    {
        var email = await CreateAccountAsync();

        var page = await SignInAsync(new() { ["sub"] = Subject(), ["email"] = email });

        Assert.Null(page.Find("[data-signed-in-as]"));
        Assert.Contains("could not confirm your email address", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(0, await LinksOfAsync(email));
    }

    [Fact]
    public async Task Callback_WithVerifiedEmail_LinksOnceAndSignsIn()
    {
        var email = await CreateAccountAsync();
        var subject = Subject();

        var first = await SignInAsync(new() { ["sub"] = subject, ["email"] = email, ["email_verified"] = "true" });
        var again = await SignInAsync(new() { ["sub"] = subject, ["email"] = email, ["email_verified"] = "true" });

        Assert.Equal($"Signed in as {email}", first.TextOf("[data-signed-in-as]"));
        Assert.Equal($"Signed in as {email}", again.TextOf("[data-signed-in-as]"));
        Assert.Equal(1, await LinksOfAsync(email));
    }

    [Fact]
    public async Task Callback_WithEntraObjectIdAndVerifiedDomain_Links()
    {
        var email = await CreateAccountAsync();

        var page = await SignInAsync(new() { ["sub"] = Subject(), ["tid"] = Subject(), ["oid"] = Subject(), ["email"] = email, ["xms_edov"] = "1" });

        Assert.Equal($"Signed in as {email}", page.TextOf("[data-signed-in-as]"));
    }

    [Fact]
    public async Task Callback_ForAnotherSubjectWithTheSameVerifiedEmail_IsRefused()
    {
        var email = await CreateAccountAsync();
        await SignInAsync(new() { ["sub"] = Subject(), ["email"] = email, ["email_verified"] = "true" });

        var page = await SignInAsync(new() { ["sub"] = Subject(), ["email"] = email, ["email_verified"] = "true" });

        Assert.Null(page.Find("[data-signed-in-as]"));
        Assert.Contains("already linked to a different sign-in", page.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal(1, await LinksOfAsync(email));
    }

    [Fact]
    public async Task Callback_ForTheLinkedSubjectWithAChangedEmail_SignsInToTheSameAccount()
    {
        var email = await CreateAccountAsync();
        var other = await CreateAccountAsync();
        var subject = Subject();
        await SignInAsync(new() { ["sub"] = subject, ["email"] = email, ["email_verified"] = "true" });

        var page = await SignInAsync(new() { ["sub"] = subject, ["email"] = other, ["email_verified"] = "true" });

        Assert.Equal($"Signed in as {email}", page.TextOf("[data-signed-in-as]"));
        Assert.Equal(0, await LinksOfAsync(other));
    }

    private static string Subject() => Guid.NewGuid().ToString();

    /// <summary>Signs in at the stand-in identity provider with these claims, then comes back through the real callback.</summary>
    private async Task<HtmlPage> SignInAsync(Dictionary<string, string?> claims)
    {
        var browser = factory.CreateClient();
        await browser.GetAsync(new Uri(QueryHelpers.AddQueryString(FakeIdentityProviderFactory.Path, claims), UriKind.Relative));
        return await browser.GetPageAsync("/sign-in/external/callback");
    }

    private async Task<string> CreateAccountAsync()
    {
        var email = $"sso.{Unique.Word()}.{Guid.NewGuid():N}@council.example".ToLowerInvariant();
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(email, "Single Sign-On", null, [Roles.FinanceOfficer], [1]));
        Assert.True(created.Succeeded);
        return email;
    }

    private Task<int> LinksOfAsync(string email) => factory.WithDbAsync(db =>
        db.UserLogins.Join(db.Users.Where(u => u.Email == email), l => l.UserId, u => u.Id, (l, _) => l).CountAsync());
}
