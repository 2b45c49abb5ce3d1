using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Security;

namespace Syndicator.Tests.Integration;

/// <summary>With a certificate configured, the key ring in the database is encrypted: a copy of the database alone reveals no secret.</summary>
[Collection(PostgresCollection.Name)]
public sealed class KeyRingProtectionTests
{
    [Fact]
    public async Task KeyRing_withCertificate_isStoredEncryptedAndSecretsStillRoundTrip()
    {
        var pfx = Path.Combine(Directory.CreateTempSubdirectory("syndicator-cert-").FullName, "keyring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=syndicator-keyring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "mat-khau-chung-chi"));
        }
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString, settings: new Dictionary<string, string?>
        {
            [KeyRingCertificate.FileKey] = pfx,
            [KeyRingCertificate.PasswordKey] = "mat-khau-chung-chi",
        });

        var protector = app.Services.GetRequiredService<SecretProtector>();
        var stored = protector.Protect("EAAB-page-token-bi-mat");

        Assert.Equal("EAAB-page-token-bi-mat", protector.Unprotect(stored));
        await using var scope = app.Scope();
        var xml = await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().DataProtectionKeys.Select(k => k.Xml).SingleAsync();
        Assert.Contains("encryptedSecret", xml);
        Assert.DoesNotContain("<masterKey", xml);
    }

    [Fact]
    public void Load_missingCertificateFile_namesTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [KeyRingCertificate.FileKey] = "/khong/co/tep.pfx" }).Build();
        var ex = Assert.Throws<StartupConfigurationException>(() => KeyRingCertificate.Load(configuration));
        Assert.Equal(KeyRingCertificate.FileKey, ex.Setting);
        Assert.Contains("/khong/co/tep.pfx", ex.Message);
    }
}
