using System.Security.Claims;
using CouncilProposals.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Infrastructure;

/// <summary>
/// The app with a stand-in for the council's identity provider, in this test host only:
/// <c>GET /test-identity-provider?sub=...&amp;email=...&amp;email_verified=true</c> signs the browser in to the external
/// sign-in cookie with those claims, as the OpenID Connect handler does after a real sign-in; the test then calls
/// the real <c>/sign-in/external/callback</c>.
/// </summary>
public sealed class FakeIdentityProviderFactory : CouncilProposalsFactory
{
    public const string Issuer = "https://login.example/tenant/v2.0";
    public const string Path = "/test-identity-provider";

    private static readonly string[] ClaimTypes = ["sub", "oid", "tid", "email", "email_verified", "xms_edov", "name"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, IdentityProviderStartup>());
    }

    private sealed class IdentityProviderStartup : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(context => context.Request.Path == Path, branch => branch.Run(SignInAsync));
            next(app);
        };

        private static async Task SignInAsync(HttpContext context)
        {
            var claims = ClaimTypes
                .Where(type => context.Request.Query.ContainsKey(type))
                .Select(type => new Claim(type, context.Request.Query[type].ToString(), ClaimValueTypes.String, Issuer));
            var properties = new AuthenticationProperties { Items = { ["LoginProvider"] = CouncilSignIn.Scheme } };
            await context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, "fake-idp")), properties);
        }
    }
}
