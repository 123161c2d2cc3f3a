using CouncilProposals.Pdf.Fonts;
using CouncilProposals.Pdf.Rendering;

namespace CouncilProposals.Web.Hosting;

public static class PdfSetup
{
    /// <summary>The PDF renderer, with fonts from the "Pdf" section (FontFolder, FontFamily) or the system.</summary>
    public static IServiceCollection AddCouncilPdf(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(FontOptions.SectionName).Get<FontOptions>() ?? new FontOptions();
        services.AddSingleton(options);
        // The renderer logs characters that no installed font can draw, naming each one.
        services.AddSingleton<IPdfRenderer>(provider => new SkiaPdfRenderer(options, provider.GetRequiredService<ILogger<SkiaPdfRenderer>>()));
        return services;
    }

    /// <summary>Loads the fonts at start-up, so a server without them fails at once with a clear message.</summary>
    public static void CheckPdfFonts(this IServiceProvider services) => FontSet.Load(services.GetRequiredService<FontOptions>());
}
