using BenchmarkDotNet.Running;
using Sim.Parquet.Bench.Macro;

namespace Sim.Parquet.Bench;

internal static class Program
{
    /// <summary>
    /// <c>macro ...</c> runs the end-to-end writer benchmark against DuckDB (see <see cref="MacroOptions.Usage"/>);
    /// <c>macro-write ...</c> is its measured writer child, <c>macro-duckdb ...</c> its DuckDB child; anything else goes to BenchmarkDotNet.
    /// </summary>
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "macro":
                return MacroBenchmark.Run(args[1..]);
            case "macro-write":
                return WriterChild.Run(args[1..]);
            case "macro-duckdb":
                return DuckDbBenchChild.Run(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
