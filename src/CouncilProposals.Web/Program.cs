using CouncilProposals.Web.Hosting;
using Serilog;

// Under a host factory (the tests' WebApplicationFactory, dotnet-ef) several hosts may start in one process: the
// static bootstrap logger can be frozen only once, so each host keeps a logger of its own, and a host that fails
// to start throws its real exception to the factory instead of logging it and returning 1.
var ownsProcess = LoggingSetup.OwnsProcess;
if (ownsProcess)
{
    Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCouncilLogging();
    builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);

    var app = builder.Build();

    if (args.Contains("migrate"))
    {
        await app.Services.MigrateDatabaseAsync(seedDemoData: false);
        Log.Information("Database migrated");
        return 0;
    }

    if (args.Contains(CreateAdminCommand.Name))
    {
        return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
    }

    app.Services.CheckPdfFonts();
    await app.Services.InitialiseDatabaseAsync();
    app.UseCouncilProposals();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException && ownsProcess)
{
    Log.Fatal(exception, "CouncilProposals stopped unexpectedly");
    return 1;
}
finally
{
    if (ownsProcess)
    {
        await Log.CloseAndFlushAsync();
    }
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
