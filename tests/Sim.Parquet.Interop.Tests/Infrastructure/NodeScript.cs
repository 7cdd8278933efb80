using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Sim.Parquet.Interop.Tests.Infrastructure;

/// <summary>
/// Starts the node scripts of tests/interop. A missing npm install or a missing node fails with a message that
/// says what to run; the interop tests are mandatory (CI=true) and never skipped anywhere else either.
/// </summary>
internal static class NodeScript
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    public static Process Start(string script, params string[] args)
    {
        foreach (var package in new[] { Path.Combine("@duckdb", "node-api"), "parquet-wasm" })
        {
            var manifest = Path.Combine(RepoPaths.InteropDirectory, "node_modules", package, "package.json");
            if (!File.Exists(manifest))
            {
                throw new DuckDbException(
                    $"The interop readers are not installed ({manifest} is missing). " +
                    "Run `npm install --prefix tests/interop` from the repository root (./test.sh does it). " +
                    $"The interop tests are mandatory and never skipped (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}).");
            }
        }

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.InteropDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.InteropDirectory, script));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            return Process.Start(info) ?? throw new DuckDbException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new DuckDbException(
                $"Cannot run `node` (Node.js >= 20 must be on PATH) for the interop tests: {e.Message}. " +
                "Install Node.js, then run `npm install --prefix tests/interop`.",
                e);
        }
    }

    /// <summary>Runs a script to completion; returns (exit code, stdout, stderr).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string script, params string[] args)
    {
        using var process = Start(script, args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(RunTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new DuckDbException($"node {script} did not finish within {RunTimeout}");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
