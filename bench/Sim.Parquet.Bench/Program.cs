using BenchmarkDotNet.Running;

namespace Sim.Parquet.Bench;

internal static class Program
{
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
