using System.Diagnostics;
using System.Text;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Runs the DuckDB node scripts of tests/interop (installed by <c>npm install --prefix tests/interop</c>).</summary>
internal static class NodeScripts
{
    private static readonly Lazy<string> InteropDirectory = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }

        var interop = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found"), "tests", "interop");
        return Directory.Exists(Path.Combine(interop, "node_modules", "@duckdb"))
            ? interop
            : throw new InvalidOperationException("DuckDB is not installed: run `npm install --prefix tests/interop`");
    });

    /// <summary>Runs <c>node script args</c> and returns its stdout; throws with stderr on a non-zero exit.</summary>
    public static string Run(string script, params string[] args) => ChildProcess.Run(StartInfo(script, args));

    /// <summary>How to start <c>node script args</c> in tests/interop.</summary>
    public static ProcessStartInfo StartInfo(string script, params string[] args)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = InteropDirectory.Value,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(InteropDirectory.Value, script));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
