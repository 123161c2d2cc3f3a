using Serilog;
using Serilog.Events;

namespace CouncilProposals.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Structured logs to the console and a daily rolling file under Logs:Folder. Requests are logged one line
    /// each (method, path, status, time); form contents and personal data are never logged.
    /// </summary>
    public static void AddCouncilLogging(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Logs:Folder"] ?? "logs";
        if (!Path.IsPathRooted(folder))
        {
            folder = Path.Combine(builder.Environment.ContentRootPath, folder);
        }

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(folder, "council-proposals-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}"));
    }
}
