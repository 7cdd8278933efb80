using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Cluster;

/// <summary>
/// <c>sim silo</c>'s dashboard and TLS options refuse bad values in one line (exit 2), whether they come from the
/// command line or from the Silo configuration section (the JSON of --config, bound like SIM_Silo__... variables).
/// </summary>
public sealed class SiloDashboardOptionsTests
{
    [Fact]
    public async Task BindAddressMustBeAnAddress()
    {
        var (code, _, error) = await CliHarness.RunAsync(["silo", "--dashboard", "18080", "--dashboard-bind", "everywhere"]);
        Assert.Equal(2, code);
        Assert.Equal("sim silo: --dashboard-bind everywhere: allowed an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface)", error.Trim());
    }

    [Fact]
    public async Task DashboardPortIsChecked()
    {
        var (code, _, error) = await CliHarness.RunAsync(["silo", "--dashboard", "70000"]);
        Assert.Equal(2, code);
        Assert.Equal("sim silo: --dashboard 70000: allowed 1 to 65535", error.Trim());
    }

    [Fact]
    public async Task TlsFilesFromTheSiloSectionAreChecked()
    {
        using var temp = new TempFolder("silo-config");
        var config = temp.Combine("silo.json");
        var missing = temp.Combine("absent.crt");
        await File.WriteAllTextAsync(config, $$"""{ "Silo": { "TlsCert": "{{missing}}", "TlsKey": "{{temp.Combine("absent.key")}}" } }""");
        var (code, _, error) = await CliHarness.RunAsync(["silo", "--config", config]);
        Assert.Equal(2, code);
        Assert.Equal($"sim silo: --tls-cert {missing}: no such file", error.Trim());
    }
}
