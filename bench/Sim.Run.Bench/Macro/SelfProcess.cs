using System.Diagnostics;
using System.Text;

namespace Sim.Run.Bench.Macro;

/// <summary>
/// Runs this benchmark again as a child process (the same executable, or <c>dotnet Sim.Run.Bench.dll</c> when it was
/// started through the <c>dotnet</c> host), captures its output, and returns the line that follows a marker.
/// </summary>
internal static class SelfProcess
{
    /// <summary>Runs the child to its end; returns the text after <paramref name="marker"/> on its last marked line.</summary>
    /// <exception cref="InvalidOperationException">The child failed or printed no marked line (its output is in the message).</exception>
    public static async Task<string> RunAsync(IEnumerable<string> arguments, string marker)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("no process path"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        var lines = (await output).Split('\n');
        var result = lines.LastOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal));
        if (child.ExitCode != 0 || result is null)
        {
            var message = new StringBuilder()
                .AppendLine($"child run `{string.Join(' ', start.ArgumentList)}` exited with {child.ExitCode}; its last output:")
                .AppendJoin('\n', lines.TakeLast(20)).AppendLine()
                .Append(await error);
            throw new InvalidOperationException(message.ToString());
        }

        return result[marker.Length..];
    }
}
