using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Account;
using CouncilProposals.Web.Features.Administration;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
namespace CouncilProposals.Web.Hosting;

/// <summary>Accounts, sign-in, cookies, authorisation and data protection. docs/security.md explains each setting.</summary>
public static class SecuritySetup
{
    public const string OidcSection = "Authentication:OpenIdConnect";

    public static IServiceCollection AddCouncilSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Outside Development cookies go only over HTTPS, whatever the request (a proxy may have ended TLS).
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length over complexity rules, as the NCSC advises.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<Features.Account.PlainIdentityErrors>()
            .AddTokenProvider<PasswordResetTokens>(PasswordResetTokens.ProviderName);
        services.Configure<IdentityOptions>(options => options.Tokens.PasswordResetTokenProvider = PasswordResetTokens.ProviderName);

        var session = configuration.GetSection(SignInSessionOptions.SectionName).Get<SignInSessionOptions>() ?? new SignInSessionOptions();
        services.Configure<SignInSessionOptions>(configuration.GetSection(SignInSessionOptions.SectionName));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CouncilProposals.SignIn";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = session.Session;
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.ReturnUrlParameter = "returnUrl";

            // A forbidden request answers 403 where it was made, rather than redirecting.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };

            // Signing out, locking and account changes end every copy of the cookie at once.
            options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CouncilProposals.Antiforgery";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddCouncilDataProtection(configuration, environment);

        AddCouncilIdentityProvider(services, configuration.GetSection(OidcSection));

        services.AddScoped<UserAccounts>();
        services.AddScoped<ExternalAccounts>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CurrentActor>();
        return services;
    }

    /// <summary>Sign-in through the council's identity provider (such as Microsoft Entra ID), when configured.</summary>
    private static void AddCouncilIdentityProvider(IServiceCollection services, IConfigurationSection oidc)
    {
        var authority = oidc["Authority"];
        var clientId = oidc["ClientId"];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId))
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(CouncilSignIn.Scheme, oidc["DisplayName"] ?? "Council account", options =>
        {
            options.Authority = authority;
            options.ClientId = clientId;
            options.ClientSecret = oidc["ClientSecret"];
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.CallbackPath = "/signin-oidc";
            options.SignedOutCallbackPath = "/signout-callback-oidc";
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "name";
        });
    }
}
