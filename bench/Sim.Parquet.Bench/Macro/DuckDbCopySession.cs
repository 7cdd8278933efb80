using System.Diagnostics;
using System.Text.Json;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// A DuckDB child process (<see cref="DuckDbBenchChild"/>, DuckDB.NET) holding the benchmark table in memory,
/// timing one COPY per request, so runs of our writer and of DuckDB can alternate under the same machine load.
/// </summary>
internal sealed class DuckDbCopySession : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process process;
    private readonly Task<string> stderr;

    public DuckDbCopySession(string input, string output, IReadOnlyList<string> columns)
    {
        string[] args = columns.Count > 0 ? ["macro-duckdb", input, output, string.Join(',', columns)] : ["macro-duckdb", input, output];
        var info = ChildProcess.Self(args);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        process = Process.Start(info) ?? throw new InvalidOperationException("the DuckDB child did not start");
        stderr = process.StandardError.ReadToEndAsync();
        using var ready = JsonDocument.Parse(ReadLine());
        LoadMs = ready.RootElement.GetProperty("loadMs").GetDouble();
    }

    /// <summary>Time DuckDB took to load the input into its in-memory table (not timed as writing).</summary>
    public double LoadMs { get; }

    /// <summary>Runs one timed COPY; returns its wall and CPU milliseconds.</summary>
    public (double Ms, double CpuMs) Copy()
    {
        process.StandardInput.WriteLine("copy");
        process.StandardInput.Flush();
        using var answer = JsonDocument.Parse(ReadLine());
        return (answer.RootElement.GetProperty("ms").GetDouble(), answer.RootElement.GetProperty("cpuMs").GetDouble());
    }

    /// <summary>Ends the session and returns all COPY timings with the output file's layout.</summary>
    public DuckDbCopyResult Finish()
    {
        process.StandardInput.Close();
        var result = JsonSerializer.Deserialize<DuckDbCopyResult>(ReadLine(), Json)!;
        process.WaitForExit();
        return result;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private string ReadLine() => process.StandardOutput.ReadLine()
        ?? throw new InvalidOperationException($"the DuckDB child ended early: {stderr.GetAwaiter().GetResult()}");
}
