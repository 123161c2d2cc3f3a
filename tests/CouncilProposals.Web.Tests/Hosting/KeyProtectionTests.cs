using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CouncilProposals.Web.Tests.Hosting;

/// <summary>Data Protection keys at rest: encrypted with the configured certificate outside Development.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "pfx-password-for-tests";
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"keys-{Guid.NewGuid():N}.pfx");

    [Fact]
    public async Task Production_WithoutACertificate_FailsStartupNamingTheSetting()
    {
        await using var production = new CouncilProposalsFactory { EnvironmentName = "Production", SeedsDemoData = false };

        var exception = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("DataProtection:Certificate is not set", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithACertificate_StoresOnlyEncryptedKeysThatStillWork()
    {
        WriteCertificate();
        await using var production = new CouncilProposalsFactory
        {
            EnvironmentName = "Production",
            SeedsDemoData = false,
            Settings = { ["DataProtection:Certificate:Path"] = _pfx, ["DataProtection:Certificate:Password"] = Password },
        };
        var client = production.CreateClient(followRedirects: false);

        var signIn = await client.GetPageAsync("/sign-in");
        var refused = await client.SubmitAsync(signIn, new Dictionary<string, string> { ["Email"] = "nobody@council.example", ["Password"] = "not the password" }, "form[action='/sign-in']");

        Assert.Contains("Enter a correct email address and password", refused.Text, StringComparison.Ordinal);
        var keys = await production.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }

    public void Dispose() => File.Delete(_pfx);

    private void WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Council Proposals key encryption (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, Password));
    }
}
