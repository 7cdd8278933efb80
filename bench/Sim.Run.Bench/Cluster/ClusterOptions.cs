using System.Globalization;
using Sim.Model.Scenarios;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// Options of the cluster benchmark:
/// <c>cluster --membership localhost|CONN [--scenario F] [--scale F] [--repeat N] [--kill-after-months M] [--base-port P]
/// [--silo-dir DIR] [--silo-env NAME=VALUE]... [--warm]</c>.
/// </summary>
/// <param name="Scenario">Scenario file.</param>
/// <param name="Scale">Agents per person.</param>
/// <param name="Repeat">Runs of each side (embedded single silo, 3 silo processes + client); the figures are medians.</param>
/// <param name="Membership"><c>localhost</c> (a primary silo keeps the membership) or a PostgreSQL connection string.</param>
/// <param name="KillAfterMonths">After this many months of a further cluster run, <c>kill -9</c> one silo (needs PostgreSQL); null: no kill run.</param>
/// <param name="BasePort">Silo ports are P+1..P+3, gateway ports P+11..P+13.</param>
internal sealed record ClusterOptions(string Scenario, double Scale, int Repeat, string Membership, int? KillAfterMonths, int BasePort)
{
    /// <summary>
    /// Folder whose <c>sim.dll</c> the silos run: a <c>dotnet publish</c> of Sim.Host (ReadyToRun with <c>-r</c>), as an
    /// operator deploys it; by default the <c>sim.dll</c> built next to this benchmark.
    /// </summary>
    public string SiloFolder { get; init; } = AppContext.BaseDirectory;

    /// <summary>Environment variables set for the silo processes only (runtime knobs such as <c>DOTNET_TieredCompilation=0</c>).</summary>
    public IReadOnlyDictionary<string, string> SiloEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether the cluster runs go to one set of silos that has already run the scenario once (unmeasured), as an
    /// operator's long-running silos would have, instead of silos started fresh for each run.
    /// </summary>
    public bool Warm { get; init; }

    /// <summary>Silo processes of the cluster side.</summary>
    public const int Silos = 3;

    private const string Allowed = "allowed --membership localhost|CONNECTION (required), --scenario FILE, --scale " + PopulationParameters.ScaleRange + ", --repeat N>=1, --kill-after-months M>=1 (PostgreSQL membership only), --base-port 1024..65000, --silo-dir FOLDER-WITH-sim.dll, --silo-env NAME=VALUE (repeatable), --warm";

    /// <summary>Whether the membership is localhost clustering.</summary>
    public bool IsLocalhost => Membership.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>What <c>sim run --cluster</c> takes: the primary's gateway, or the connection string.</summary>
    public string ClientConnection => IsLocalhost ? FormattableString.Invariant($"localhost:{GatewayPort(0)}") : Membership;

    public int SiloPort(int index) => BasePort + 1 + index;

    public int GatewayPort(int index) => BasePort + 11 + index;

    public static ClusterOptions Parse(string[] args)
    {
        var options = new ClusterOptions(Path.Combine("scenarios", "baseline.yaml"), 1.0, 3, string.Empty, null, 24100);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"cluster: {name} needs a value; {Allowed}");
            options = name switch
            {
                "--scenario" => options with { Scenario = Value() },
                "--scale" => options with { Scale = Number(name, Value(), double.Parse) },
                "--repeat" => options with { Repeat = Number(name, Value(), int.Parse) },
                "--membership" => options with { Membership = Value() },
                "--kill-after-months" => options with { KillAfterMonths = Number(name, Value(), int.Parse) },
                "--base-port" => options with { BasePort = Number(name, Value(), int.Parse) },
                "--silo-dir" => options with { SiloFolder = SiloFolderOf(Value()) },
                "--silo-env" => options with { SiloEnvironment = WithVariable(options.SiloEnvironment, Value()) },
                "--warm" => options with { Warm = true },
                _ => throw new ArgumentException($"cluster: unknown option {name}; {Allowed}"),
            };
        }

        if (!PopulationParameters.IsAllowedScale(options.Scale) || options.Repeat < 1 || options.Membership.Length == 0
            || options.KillAfterMonths is < 1 || (options.KillAfterMonths is not null && options.IsLocalhost) || options.BasePort is < 1024 or > 65000)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"cluster: --scale {options.Scale}, --repeat {options.Repeat}, --membership '{options.Membership}', --kill-after-months {options.KillAfterMonths}, --base-port {options.BasePort}; {Allowed} (a killed silo's checkpoints must outlive it: localhost silos keep them in their own memory)"));
        }

        return options;
    }

    private static string SiloFolderOf(string folder)
    {
        var full = Path.GetFullPath(folder);
        return File.Exists(Path.Combine(full, "sim.dll"))
            ? full
            : throw new ArgumentException($"cluster: --silo-dir {folder}: no sim.dll in {full}; {Allowed}");
    }

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> variables, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"cluster: --silo-env {assignment} is not NAME=VALUE; {Allowed}");
        }

        return new Dictionary<string, string>(variables) { [assignment[..equals]] = assignment[(equals + 1)..] };
    }

    private static T Number<T>(string name, string value, Func<string, IFormatProvider, T> parse)
    {
        try
        {
            return parse(value, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"cluster: {name} {value} is not a number; {Allowed}");
        }
    }
}
