using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Security;

/// <summary>
/// Optional certificate that encrypts the Data Protection key ring stored in the database, so that a copy of the
/// database alone does not reveal the channel secrets. Configured with
/// <c>Syndicator:DataProtection:CertificateFile</c> (PKCS#12) and <c>Syndicator:DataProtection:CertificatePassword</c>.
/// </summary>
public static class KeyRingCertificate
{
    public const string FileKey = "Syndicator:DataProtection:CertificateFile";
    public const string PasswordKey = "Syndicator:DataProtection:CertificatePassword";

    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var file = configuration[FileKey];
        if (string.IsNullOrWhiteSpace(file)) return null;
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, configuration[PasswordKey]);
            return certificate.HasPrivateKey
                ? certificate
                : throw new StartupConfigurationException(FileKey, "the certificate has no private key; the key ring could not be decrypted.");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(FileKey, $"cannot load the PKCS#12 certificate '{file}': {ex.Message}", ex);
        }
    }
}
