using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sim.Host.Security;

/// <summary>
/// A self-signed certificate for a development cluster (<c>sim cluster cert</c>): ECDSA P-256, usable as TLS server
/// and client (Orleans authenticates both ends), and a CA for itself so that the trust anchor and the member
/// certificate are the same file.
/// </summary>
internal static class ClusterCertificateFactory
{
    /// <summary>File name of the certificate (PEM).</summary>
    public const string CertificateFile = "cluster.crt";

    /// <summary>File name of the private key (PKCS#8 PEM).</summary>
    public const string KeyFile = "cluster.key";

    /// <summary>Creates the certificate, valid from <paramref name="notBefore"/> for <paramref name="validity"/>.</summary>
    public static X509Certificate2 Create(string subjectName, DateTimeOffset notBefore, TimeSpan validity)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + subjectName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication"), new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication")], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        return request.CreateSelfSigned(notBefore, notBefore + validity);
    }

    /// <summary>Writes <paramref name="certificate"/> and its key as PEM files into <paramref name="folder"/> (the key readable by its owner only).</summary>
    public static (string Certificate, string Key) Write(X509Certificate2 certificate, string folder)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Directory.CreateDirectory(folder);
        var certPath = Path.Combine(folder, CertificateFile);
        var keyPath = Path.Combine(folder, KeyFile);
        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the certificate has no ECDSA private key");
        WriteNew(keyPath, key.ExportPkcs8PrivateKeyPem(), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        WriteNew(certPath, certificate.ExportCertificatePem() + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return (certPath, keyPath);
    }

    private static void WriteNew(string path, string text, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(text);
    }
}
