using System.Reflection;
using Serilog;
using Serilog.Events;

namespace CouncilProposals.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// True when the app is the process itself; false when a host factory (WebApplicationFactory, dotnet-ef) runs
    /// its entry point, perhaps several times in one process.
    /// </summary>
    public static bool OwnsProcess => Assembly.GetEntryAssembly() == typeof(LoggingSetup).Assembly;

    /// <summary>
    /// Structured logs to the console and a daily rolling file under Logs:Folder. Requests are logged one line
    /// each (method, path, status, time); form contents and personal data are never logged. A host started by a
    /// host factory leaves the static logger alone: hosts in one process would otherwise freeze or close each other's.
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
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}"),
            preserveStaticLogger: !OwnsProcess);
    }
}
