using CouncilProposals.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

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
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "CouncilProposals stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
