using BenchmarkDotNet.Running;
using Sim.Runtime.Bench.Macro;

namespace Sim.Runtime.Bench;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "macro")
        {
            return await MacroRunner.RunAsync(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
