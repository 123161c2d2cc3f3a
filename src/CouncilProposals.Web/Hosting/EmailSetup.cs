using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Notifications;
using CouncilProposals.Web.Features.Shared;

namespace CouncilProposals.Web.Hosting;

/// <summary>E-mail notifications: the outbox's wording, the transport (SMTP or a pickup folder) and the background sender.</summary>
public static class EmailSetup
{
    public static IServiceCollection AddCouncilEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        services.AddOptions<CouncilOptions>()
            .Validate(council => Uri.TryCreate(council.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", "Set Council:BaseUrl to the service's address, such as https://savings.council.gov.uk: e-mails link to it.")
            .ValidateOnStart();

        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IWorkflowMessages, WorkflowMessages>();
        services.AddScoped<AccountMessages>();
        services.AddScoped<NotificationInterceptor>();

        var pickup = section.GetValue<string>(nameof(EmailOptions.PickupFolder));
        if (string.IsNullOrWhiteSpace(pickup))
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport>(new PickupFolderMailTransport(Path.GetFullPath(pickup, environment.ContentRootPath)));
        }

        services.AddSingleton<OutboxSender>();
        if (section.GetValue(nameof(EmailOptions.SendInBackground), defaultValue: true))
        {
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
