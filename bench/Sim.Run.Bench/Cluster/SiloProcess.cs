using System.Diagnostics;
using System.Globalization;
using Sim.Run.Bench.Common;

namespace Sim.Run.Bench.Cluster;

/// <summary>
/// One <c>sim silo</c> process (a <c>sim.dll</c>, through <c>dotnet</c>), its output copied
/// to a log file with the time of each line, so the run grain's recovery lines can be read afterwards.
/// </summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, StreamWriter log, string logPath, int siloPort)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        SiloPort = siloPort;
    }

    /// <summary>The file its output goes to.</summary>
    public string LogPath { get; }

    /// <summary>Its silo port.</summary>
    public int SiloPort { get; }

    /// <summary>Its process id.</summary>
    public int Pid => _process.Id;

    /// <summary>CPU seconds it had used once it was up (its start excluded from the run's figures).</summary>
    public double CpuAtUp { get; private set; }

    /// <summary>
    /// Starts the <c>sim.dll</c> of <paramref name="folder"/> as <c>sim silo</c> with <paramref name="arguments"/> and the
    /// extra <paramref name="environment"/>, logging to <paramref name="logPath"/>.
    /// </summary>
    public static SiloProcess Start(string folder, IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, string logPath, int siloPort)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(folder, "sim.dll"));
        start.ArgumentList.Add("silo");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sim silo");
        var silo = new SiloProcess(process, log, logPath, siloPort);
        process.OutputDataReceived += (_, e) => silo.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => silo.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits for its <c>silo up:</c> line.</summary>
    public async Task WaitUpAsync(TimeSpan timeout)
    {
        await _up.Task.WaitAsync(timeout);
        CpuAtUp = ProcStat.CpuSeconds(Pid);
    }

    /// <summary>SIGKILL, as <c>kill -9</c>.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM (graceful stop), then SIGKILL if it has not exited within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    /// <summary>The <c>dotnet</c> host that runs this benchmark (or the one on the PATH for an apphost).</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        }

        if (line.StartsWith("silo up:", StringComparison.Ordinal))
        {
            _up.TrySetResult();
        }
    }
}
