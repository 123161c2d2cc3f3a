using System.Threading.RateLimiting;
using CouncilProposals.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Hosting;

/// <summary>Rate limits on actions that use up something permanent. docs/security.md explains them.</summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddCouncilRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CreateLimitOptions>(configuration.GetSection(CreateLimitOptions.SectionName));
        services.AddRateLimiter(options =>
        {
            // The status code pages show the 429 page in the service's layout.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(CreateLimitOptions.CreateProposalPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<CreateLimitOptions>>().Value.ProposalCreatesPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.User.Identity?.Name ?? string.Empty,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
