using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc.Razor;
using Serilog;
namespace CouncilProposals.Web.Hosting;

public static class AppSetup
{
    public static IServiceCollection AddCouncilProposals(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddCouncilData(configuration, environment.ContentRootPath);
        services.AddCouncilEmail(configuration, environment);
        DemoDataGuard.Check(configuration, environment);
        services.AddCouncilSecurity(configuration, environment);
        services.AddCouncilProxy(configuration);
        services.AddCouncilRateLimits(configuration);
        services.AddCouncilPdf(configuration);
        services.AddScoped<ProposalCreator>();
        services.AddMemoryCache();
        services.AddScoped<ProposalListQuery>();
        services.AddScoped<ListStamp>();
        services.AddScoped<Features.Exports.SavingsTrackerQuery>();
        services.AddScoped<Features.Overview.OverviewQuery>();
        services.AddScoped<Features.EqualityImpact.EqualityImpactQuery>();
        services.AddScoped<ProposalDocumentQuery>();
        services.AddScoped<SectionEditor>();
        services.AddScoped<KeptDrafts>();
        services.AddScoped<Features.CabinetPacks.CabinetPackQuery>();
        services.AddScoped<Features.Versions.VersionsQuery>();
        services.AddScoped<Features.CabinetPacks.CabinetPackDocumentQuery>();

        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<AntiforgeryFailurePage>();
            options.Filters.Add<ControlCharacterCheck>();
            options.ModelMetadataDetailsProviders.Add(new PlainBindingMessages());
            PlainBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureFolders()));
        services.AddFluentValidationAutoValidation();
        services.AddValidatorsFromAssemblyContaining<Program>();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    public static WebApplication UseCouncilProposals(this WebApplication app)
    {
        app.UseCouncilProxy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseSecurityHeaders();
        app.UseFormNulGuard();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<SignedOutSaveMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
