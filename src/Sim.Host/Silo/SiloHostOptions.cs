namespace Sim.Host.Silo;

/// <summary>
/// Options of <c>sim silo</c>, bound from configuration section <c>Silo</c>: <c>appsettings.json</c> in the working
/// folder, the file of <c>--config</c>, environment variables <c>SIM_Silo__ClusterId</c> and so on, then the
/// command-line options, each overriding the one before — so the same silo runs under systemd or in a container.
/// </summary>
internal sealed class SiloHostOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Silo";

    /// <summary>Orleans' cluster id: silos and clients of one cluster share it.</summary>
    public string ClusterId { get; set; } = "sim";

    /// <summary>Orleans' service id: stays the same across deployments of the cluster (it keys stored state).</summary>
    public string ServiceId { get; set; } = "sim";

    /// <summary><c>localhost</c> (single-host dev cluster) or a PostgreSQL connection string.</summary>
    public string Membership { get; set; } = "localhost";

    /// <summary>Port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>For localhost membership: the primary silo's silo port (null: this silo is the primary).</summary>
    public int? PrimarySiloPort { get; set; }

    /// <summary>The address other silos and clients reach this one at (default: loopback for localhost membership, else this host's first address).</summary>
    public string? Advertise { get; set; }

    /// <summary>How long a started run waits for a call from its driver (the submitting <c>sim run</c>) before it aborts itself.</summary>
    public TimeSpan RunClientTimeout { get; set; } = Sim.Grains.Runs.RunWatchdogOptions.DefaultDriverTimeout;

    /// <summary>How long a grain call may take.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>TLS: the cluster's certificate (PEM), given with <see cref="TlsKey"/>; null: plain text.</summary>
    public string? TlsCert { get; set; }

    /// <summary>TLS: the private key (PEM) of <see cref="TlsCert"/>.</summary>
    public string? TlsKey { get; set; }

    /// <summary>TLS: the cluster's certificate and key as one PKCS#12 file (instead of the PEM pair).</summary>
    public string? TlsPfx { get; set; }

    /// <summary>TLS: the password of <see cref="TlsPfx"/>, if it has one.</summary>
    public string? TlsPfxPassword { get; set; }

    /// <summary>Port of the web dashboard (Orleans' dashboard and the runs page); null: no dashboard.</summary>
    public int? Dashboard { get; set; }

    /// <summary>Address the dashboard listens on: loopback unless the operator opens it up.</summary>
    public string DashboardBind { get; set; } = "127.0.0.1";
}
