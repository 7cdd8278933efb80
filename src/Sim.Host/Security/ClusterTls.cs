using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Sim.Host.Security;

/// <summary>
/// The certificate a cluster's members share, and the trust model built on it: every silo and client presents it (or
/// one issued by it), both ends of every connection require the other's certificate, and a remote certificate is
/// accepted only if its chain ends at the shared certificate (the machine's CA store and host names play no part:
/// silos are reached by address, and only holders of the cluster's key are members).
/// </summary>
internal sealed class ClusterTls
{
    private ClusterTls(X509Certificate2 certificate, string source)
    {
        Certificate = certificate;
        Source = source;
    }

    /// <summary>This member's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The files it came from (for messages).</summary>
    public string Source { get; }

    /// <summary>
    /// Loads the certificate from a PEM pair or a PFX file; null when none is given (plain text). Throws
    /// <see cref="InvalidDataException"/> with one line naming the file and what is wrong.
    /// </summary>
    public static ClusterTls? Load(string? certPem, string? keyPem, string? pfx, string? pfxPassword)
    {
        if (pfx is not null && (certPem is not null || keyPem is not null))
        {
            throw new InvalidDataException("--tls-pfx and --tls-cert/--tls-key: give one of them");
        }

        if (pfx is null && certPem is null && keyPem is null)
        {
            return pfxPassword is null ? null : throw new InvalidDataException("--tls-pfx-password without --tls-pfx");
        }

        if (pfx is not null)
        {
            RequireFile("--tls-pfx", pfx);
            try
            {
                var loaded = X509CertificateLoader.LoadPkcs12FromFile(pfx, pfxPassword, X509KeyStorageFlags.Exportable);
                return Checked(loaded, "--tls-pfx " + pfx);
            }
            catch (CryptographicException e)
            {
                throw new InvalidDataException($"--tls-pfx {pfx}: not a readable PKCS#12 file with this password ({e.Message})", e);
            }
        }

        if (certPem is null || keyPem is null)
        {
            throw new InvalidDataException("--tls-cert and --tls-key go together: give both PEM files");
        }

        RequireFile("--tls-cert", certPem);
        RequireFile("--tls-key", keyPem);
        X509Certificate2 pem;
        try
        {
            pem = X509Certificate2.CreateFromPemFile(certPem, keyPem);
        }
        catch (CryptographicException e)
        {
            throw new InvalidDataException($"--tls-cert {certPem} --tls-key {keyPem}: not a PEM certificate and its private key ({e.Message})", e);
        }

        // SslStream on Linux wants a key it can export to OpenSSL; a PEM-loaded key is ephemeral, so re-import it.
        using (pem)
        {
            var exported = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
            return Checked(exported, $"--tls-cert {certPem}");
        }
    }

    /// <summary>Sets <paramref name="options"/> to present this certificate and accept only the cluster's.</summary>
    public void Configure(TlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) => IsTrusted(remote);
    }

    /// <summary>Whether <paramref name="remote"/> is the cluster's certificate or one issued by it.</summary>
    public bool IsTrusted(X509Certificate2? remote)
    {
        if (remote is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        return chain.Build(remote) && chain.ChainElements[^1].Certificate.RawDataMemory.Span.SequenceEqual(Certificate.RawDataMemory.Span);
    }

    private static ClusterTls Checked(X509Certificate2 certificate, string source)
    {
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidDataException($"{source}: the certificate has no private key");
        }

        return new ClusterTls(certificate, source);
    }

    private static void RequireFile(string option, string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{option} {path}: no such file");
        }
    }
}
