using System.CommandLine;
using System.Globalization;
using Sim.Host.Cli;
using Sim.Host.Security;

namespace Sim.Host.Commands;

/// <summary>
/// <c>sim cluster cert --out DIR [--name CN] [--days N]</c>: a self-signed certificate and key (PEM) for a development
/// cluster's TLS; every silo and client of the cluster is given the same pair (<c>--tls-cert/--tls-key</c>).
/// </summary>
internal static class ClusterCertCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "Folder to write cluster.crt and cluster.key into (created if missing; existing files are not replaced).", Required = true };
        var name = new Option<string>("--name") { Description = "The certificate's common name (default sim-cluster).", DefaultValueFactory = _ => "sim-cluster" };
        var days = new Option<int>("--days") { Description = "Days the certificate is valid (1..3650, default 365).", DefaultValueFactory = _ => 365 };
        var command = new Command("cert", "Make a self-signed certificate and key for a development cluster's TLS (give both to every silo and client).")
        {
            output, name, days,
        };
        command.SetAction(async parse =>
        {
            var folder = parse.GetRequiredValue(output);
            var validDays = parse.GetValue(days);
            if (validDays is < 1 or > 3650)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sim cluster cert: --days {validDays}: allowed 1 to 3650"));
                return ExitCodes.BadInput;
            }

            foreach (var file in new[] { ClusterCertificateFactory.CertificateFile, ClusterCertificateFactory.KeyFile })
            {
                if (File.Exists(Path.Combine(folder, file)))
                {
                    await console.Error.WriteLineAsync($"sim cluster cert: {Path.Combine(folder, file)} exists; choose another --out or move it away (a cluster's certificate is not replaced silently)");
                    return ExitCodes.BadInput;
                }
            }

            using var certificate = ClusterCertificateFactory.Create(parse.GetValue(name)!, DateTimeOffset.UtcNow.AddMinutes(-5), TimeSpan.FromDays(validDays));
            var (cert, key) = ClusterCertificateFactory.Write(certificate, folder);
            await console.Out.WriteLineAsync($"wrote {cert} and {key} (self-signed {certificate.Subject}, SHA-256 {certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)}, valid to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}); give both to every silo and client: --tls-cert {cert} --tls-key {key}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
