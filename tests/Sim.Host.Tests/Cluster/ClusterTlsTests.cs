using System.Security.Cryptography.X509Certificates;
using Sim.Host.Security;
using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>The cluster's certificate as <c>sim cluster cert</c> writes it and as silos and clients load and check it.</summary>
public sealed class ClusterTlsTests
{
    [Fact]
    public async Task ClusterCertWritesAPairThatLoadsAndTrustsOnlyItself()
    {
        using var temp = new TempFolder("cert");
        var (code, _, error) = await CliHarness.RunAsync(["cluster", "cert", "--out", temp.Combine("a")]);
        Assert.True(code == 0, error);
        Assert.Equal(0, (await CliHarness.RunAsync(["cluster", "cert", "--out", temp.Combine("b"), "--days", "30"])).ExitCode);

        var a = ClusterTls.Load(temp.Combine("a", "cluster.crt"), temp.Combine("a", "cluster.key"), null, null)!;
        var b = ClusterTls.Load(temp.Combine("b", "cluster.crt"), temp.Combine("b", "cluster.key"), null, null)!;
        Assert.True(a.Certificate.HasPrivateKey);
        Assert.True(a.IsTrusted(X509CertificateLoader.LoadCertificateFromFile(temp.Combine("a", "cluster.crt"))));
        Assert.False(a.IsTrusted(b.Certificate));
        Assert.False(b.IsTrusted(a.Certificate));
        Assert.False(a.IsTrusted(null));
        Assert.InRange((b.Certificate.NotAfter - b.Certificate.NotBefore).TotalDays, 30, 30.01);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp.Combine("a", "cluster.key")));
        }
    }

    [Fact]
    public async Task PfxWithItsPasswordLoadsTheSameCertificate()
    {
        using var temp = new TempFolder("pfx");
        Assert.Equal(0, (await CliHarness.RunAsync(["cluster", "cert", "--out", temp.Path])).ExitCode);
        var pem = ClusterTls.Load(temp.Combine("cluster.crt"), temp.Combine("cluster.key"), null, null)!;
        await File.WriteAllBytesAsync(temp.Combine("cluster.pfx"), pem.Certificate.Export(X509ContentType.Pkcs12, "s3cret"));

        var pfx = ClusterTls.Load(null, null, temp.Combine("cluster.pfx"), "s3cret")!;
        Assert.Equal(pem.Certificate.Thumbprint, pfx.Certificate.Thumbprint);
        Assert.True(pem.IsTrusted(pfx.Certificate));
        var wrong = Assert.Throws<InvalidDataException>(() => ClusterTls.Load(null, null, temp.Combine("cluster.pfx"), "wrong"));
        Assert.StartsWith($"--tls-pfx {temp.Combine("cluster.pfx")}: not a readable PKCS#12 file with this password", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadCombinationsAreOneLineEach()
    {
        Assert.Null(ClusterTls.Load(null, null, null, null));
        Assert.Equal("--tls-cert and --tls-key go together: give both PEM files",
            Assert.Throws<InvalidDataException>(() => ClusterTls.Load("c.pem", null, null, null)).Message);
        Assert.Equal("--tls-pfx and --tls-cert/--tls-key: give one of them",
            Assert.Throws<InvalidDataException>(() => ClusterTls.Load("c.pem", "k.pem", "f.pfx", null)).Message);
        Assert.Equal("--tls-pfx-password without --tls-pfx",
            Assert.Throws<InvalidDataException>(() => ClusterTls.Load(null, null, null, "p")).Message);
        Assert.Equal("--tls-cert /nonexistent/c.pem: no such file",
            Assert.Throws<InvalidDataException>(() => ClusterTls.Load("/nonexistent/c.pem", "/nonexistent/k.pem", null, null)).Message);
    }

    [Fact]
    public async Task ClusterCertRefusesToReplaceAPair()
    {
        using var temp = new TempFolder("cert-again");
        Assert.Equal(0, (await CliHarness.RunAsync(["cluster", "cert", "--out", temp.Path])).ExitCode);
        var before = await File.ReadAllTextAsync(temp.Combine("cluster.key"));
        var (code, _, error) = await CliHarness.RunAsync(["cluster", "cert", "--out", temp.Path]);
        Assert.Equal(2, code);
        Assert.Contains("cluster.crt exists; choose another --out or move it away", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(temp.Combine("cluster.key")));
    }
}
