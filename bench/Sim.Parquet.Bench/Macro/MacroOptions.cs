using System.Globalization;

namespace Sim.Parquet.Bench.Macro;

/// <summary>Command-line options of the macro mode (<c>macro</c>) and its writer child (<c>macro-write</c>).</summary>
internal sealed class MacroOptions
{
    public long Rows { get; private set; } = 10_000_000;

    public int Repeat { get; private set; } = 5;

    public int BatchRows { get; private set; } = 65_536;

    public int? RowGroupRows { get; private set; }

    public string Directory { get; private set; } = Path.Combine(Path.GetTempPath(), "sim-parquet-bench");

    public string? Output { get; private set; }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public bool PerColumn { get; private set; }

    public long PerColumnRows { get; private set; } = 10_000_000;

    public bool SkipDuckDb { get; private set; }

    /// <summary>Keep our written file (in <see cref="Directory"/>) for inspection instead of deleting it at the end.</summary>
    public bool Keep { get; private set; }

    /// <summary>Our writer's codec (DuckDB always writes Snappy); other codecs show what compression costs.</summary>
    public ParquetCompression Codec { get; private set; } = ParquetCompression.Snappy;

    /// <summary>The library a writer child writes with.</summary>
    public WriterKind Writer { get; private set; } = WriterKind.Sim;

    /// <summary>The libraries the parent alternates (one child per library per repetition), in this order.</summary>
    public IReadOnlyList<WriterKind> Writers { get; private set; } = [WriterKind.Sim];

    /// <summary>Whether the writer child writes a few small row groups before the timed run (JIT tier-up).</summary>
    public bool Warmup { get; private set; } = true;

    public static string Usage =>
        "macro [--rows N] [--repeat N] [--batch N] [--row-group-rows N] [--dir DIR] [--columns a,b] " +
        "[--per-column [--per-column-rows N]] [--skip-duckdb] [--keep] [--no-warmup] [--codec none|snappy|gzip|zstd] " +
        "[--writers sim,parquetsharp,parquetnet]";

    public static MacroOptions Parse(IReadOnlyList<string> args)
    {
        var options = new MacroOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            switch (args[i])
            {
                case "--rows": options.Rows = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--repeat": options.Repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--batch": options.BatchRows = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--row-group-rows": options.RowGroupRows = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--dir": options.Directory = Next(); break;
                case "--out": options.Output = Next(); break;
                case "--columns": options.Columns = Next().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--per-column": options.PerColumn = true; break;
                case "--per-column-rows": options.PerColumnRows = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--skip-duckdb": options.SkipDuckDb = true; break;
                case "--keep": options.Keep = true; break;
                case "--no-warmup": options.Warmup = false; break;
                case "--codec": options.Codec = Enum.Parse<ParquetCompression>(Next(), ignoreCase: true); break;
                case "--writer": options.Writer = ParseWriter(Next()); break;
                case "--writers": options.Writers = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseWriter)]; break;
                default: throw new ArgumentException($"unknown option {args[i]}. Usage: {Usage}");
            }
        }

        if (options.Rows <= 0 || options.Repeat <= 0 || options.BatchRows <= 0)
        {
            throw new ArgumentException("--rows, --repeat and --batch must be positive");
        }

        return options;
    }

    /// <summary>A copy with another row-group size (the warm-up writes small row groups).</summary>
    public MacroOptions WithRowGroupRows(int rows)
    {
        var copy = (MacroOptions)MemberwiseClone();
        copy.RowGroupRows = rows;
        return copy;
    }

    /// <summary>The arguments that make a writer child reproduce these options for one file.</summary>
    public List<string> ChildArguments(WriterKind writer, string output, long rows, IReadOnlyList<string> columns)
    {
        var args = new List<string>
        {
            "macro-write", "--writer", writer.ToString(), "--rows", rows.ToString(CultureInfo.InvariantCulture), "--batch",
            BatchRows.ToString(CultureInfo.InvariantCulture), "--out", output,
        };
        if (RowGroupRows is { } rowGroupRows)
        {
            args.AddRange(["--row-group-rows", rowGroupRows.ToString(CultureInfo.InvariantCulture)]);
        }

        if (columns.Count > 0)
        {
            args.AddRange(["--columns", string.Join(',', columns)]);
        }

        args.AddRange(["--codec", Codec.ToString()]);
        if (!Warmup)
        {
            args.Add("--no-warmup");
        }

        return args;
    }

    private static WriterKind ParseWriter(string name) =>
        Enum.Parse<WriterKind>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
