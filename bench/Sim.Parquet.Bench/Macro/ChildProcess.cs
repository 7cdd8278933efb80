using System.Diagnostics;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Runs a child process to completion, collecting stdout and failing loudly on a non-zero exit.</summary>
internal static class ChildProcess
{
    public static string Run(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }

    /// <summary>Start info that runs this same benchmark program (apphost or <c>dotnet x.dll</c>) with the arguments.</summary>
    public static ProcessStartInfo Self(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
