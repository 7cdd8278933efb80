using BenchmarkDotNet.Running;
using Sim.Run.Bench.Macro;

namespace Sim.Run.Bench;

internal static class Program
{
    /// <summary>
    /// <c>macro [options]</c> runs a whole <c>sim run</c> in this process and reports wall time, person-months/s and
    /// peak memory; anything else goes to BenchmarkDotNet (<c>--filter *Name*</c>).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "macro")
        {
            return await RunMacro.RunAsync(MacroOptions.Parse(args[1..]));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
