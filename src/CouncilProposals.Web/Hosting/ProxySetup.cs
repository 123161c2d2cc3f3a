using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CouncilProposals.Web.Hosting;

/// <summary>
/// Councils host the service behind a TLS-terminating proxy or load balancer. The X-Forwarded-For and
/// X-Forwarded-Proto headers are believed only from the proxies named in ForwardedHeaders:KnownProxies (addresses)
/// and ForwardedHeaders:KnownNetworks (CIDR ranges); from anyone else they are ignored. Outside Development plain
/// HTTP is redirected to HTTPS (HttpsRedirection:HttpsPort, 443 unless set) and HSTS is sent.
/// </summary>
public static class ProxySetup
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddCouncilProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue<int?>("HttpsRedirection:HttpsPort") ?? 443);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>Forwarded headers first, so that everything after sees the scheme and address the person used.</summary>
    public static WebApplication UseCouncilProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();

            // The health check answers plain HTTP too, for load balancers that probe the app directly.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        return app;
    }
}
