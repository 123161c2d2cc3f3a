using System.Security.Cryptography.X509Certificates;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CouncilProposals.Web.Hosting;

/// <summary>
/// Data Protection keys (they sign cookies and antiforgery tokens) are kept in the database. Outside Development they
/// are encrypted at rest with a certificate named in configuration; Production refuses to start without one, so a
/// copy of the database alone never lets anyone forge a sign-in.
/// </summary>
public static class KeyProtectionSetup
{
    public const string SectionName = "DataProtection:Certificate";

    public static void AddCouncilDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName("CouncilProposals")
            .PersistKeysToDbContext<AppDbContext>();
        if (environment.IsDevelopment())
        {
            return;
        }

        var certificate = LoadCertificate(configuration.GetSection(SectionName));
        if (certificate is null)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{SectionName} is not set. In Production the Data Protection keys stored in the database must be encrypted: " +
                    $"set {SectionName}:Path (a .pfx file) and {SectionName}:Password, or {SectionName}:Thumbprint (a certificate " +
                    "with its private key in the CurrentUser or LocalMachine 'My' store). See docs/operations.md.");
            }

            return;
        }

        // The default resolver looks only in the certificate stores; naming the certificate lets a .pfx file decrypt too.
        keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static X509Certificate2? LoadCertificate(IConfigurationSection section)
    {
        var path = section["Path"];
        var thumbprint = section["Thumbprint"];
        var certificate = !string.IsNullOrWhiteSpace(path)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"])
            : !string.IsNullOrWhiteSpace(thumbprint) ? FromStore(thumbprint.Replace(" ", string.Empty, StringComparison.Ordinal)) : null;
        return certificate is null || certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate in {SectionName} has no private key, so the keys could not be decrypted.");
    }

    private static X509Certificate2 FromStore(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"No certificate with thumbprint {thumbprint} ({SectionName}:Thumbprint) is in the CurrentUser or LocalMachine 'My' store.");
    }
}
