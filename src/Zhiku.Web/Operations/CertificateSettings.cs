using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Zhiku.Web.Operations;

/// <summary>
/// Checks the certificates Kestrel is configured with before it starts: each <c>Certificate</c> of
/// <c>Kestrel:Endpoints:*</c> and each of <c>Kestrel:Certificates:*</c> (<c>Default</c> serves the https addresses of
/// <c>urls</c>), given as a PKCS#12 file (.pfx with <c>Password</c>) or a PEM certificate with <c>KeyPath</c>. A missing
/// file or a PKCS#12 file that its password does not open stops the start with one line naming the file and the setting,
/// where Kestrel would say only that "the password may be incorrect".
/// </summary>
public static class CertificateSettings
{
    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first certificate that cannot be used.</summary>
    public static void Verify(IConfiguration configuration)
    {
        var kestrel = configuration.GetSection("Kestrel");
        var certificates = kestrel.GetSection("Endpoints").GetChildren().Select(e => e.GetSection("Certificate"))
            .Concat(kestrel.GetSection("Certificates").GetChildren());
        foreach (var certificate in certificates)
        {
            Verify(certificate);
        }
    }

    private static void Verify(IConfigurationSection certificate)
    {
        if (certificate["Path"] is not { Length: > 0 } path)
        {
            return;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"the certificate file {full} ({certificate.Path}:Path) does not exist");
        }

        if (certificate["KeyPath"] is { Length: > 0 } key)
        {
            var fullKey = Path.GetFullPath(key);
            if (!File.Exists(fullKey))
            {
                throw new InvalidOperationException($"the certificate key file {fullKey} ({certificate.Path}:KeyPath) does not exist");
            }

            return;
        }

        if (!IsPkcs12(full))
        {
            return;
        }

        try
        {
            using var loaded = X509CertificateLoader.LoadPkcs12FromFile(full, certificate["Password"]);
            if (!loaded.HasPrivateKey)
            {
                throw new InvalidOperationException($"the certificate file {full} ({certificate.Path}:Path) holds no private key");
            }
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"the certificate file {full} ({certificate.Path}:Path) cannot be opened: the password ({certificate.Path}:Password) is wrong or missing, or the file is damaged ({e.Message})", e);
        }
    }

    /// <summary>A .pfx/.p12 file, or a file without a key beside it that is not PEM text.</summary>
    private static bool IsPkcs12(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var stream = File.OpenRead(path);
        return stream.ReadByte() == 0x30;
    }
}
