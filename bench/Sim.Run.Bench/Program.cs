using BenchmarkDotNet.Running;

namespace Sim.Run.Bench;

internal static class Program
{
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
