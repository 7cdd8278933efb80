using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

/// <summary><c>sim run --compression</c>: it wins over the scenario's <c>outputs.compression</c>; a bad value is refused.</summary>
public sealed class RunCompressionTests
{
    [Fact]
    public async Task Compression_on_the_command_line_wins_over_the_scenario_and_reaches_every_file()
    {
        using var temp = new TempFolder("compression");
        var scenario = temp.Write("uncompressed.yaml", $"""
            name: uncompressed
            extends: {CliHarness.SmallScenario.Replace('\\', '/')}
            outputs:
              compression: none
            """);
        var dir = temp.Combine("r");
        var (code, _, error) = await CliHarness.RunAsync(["run", scenario, "--out", dir, "--end", "2023-02", "--compression", "zstd"]);

        Assert.True(code == 0, error);
        Assert.Contains("\n  compression: zstd\n", File.ReadAllText(Path.Combine(dir, "scenario.resolved.yaml")), StringComparison.Ordinal);
        var files = Directory.GetFiles(dir, "*.parquet", SearchOption.AllDirectories);
        Assert.Equal(60, files.Length); // region_month, flows and events of 20 regions; no December, so no snapshot
        var chunks = 0;
        foreach (var path in files)
        {
            using var file = new ParquetSharp.ParquetFileReader(path);
            for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
            {
                using var group = file.RowGroup(g);
                for (var c = 0; c < file.FileMetaData.NumColumns; c++)
                {
                    using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                    Assert.Equal(ParquetSharp.Compression.Zstd, chunk.Compression);
                    chunks++;
                }
            }

            file.Close();
        }

        Assert.True(chunks > 0, "no column chunk was written");
    }

    [Theory]
    [InlineData("lz4")]
    [InlineData("ZSTD")]
    [InlineData("")]
    public async Task A_bad_compression_exits_2_in_one_line_naming_the_allowed_values_and_writes_nothing(string value)
    {
        using var temp = new TempFolder("bad-compression");
        var (code, output, error) = await CliHarness.RunAsync(["run", CliHarness.SmallScenario, "--out", temp.Combine("r"), "--compression", value]);

        Assert.Equal(2, code);
        Assert.Equal($"sim run: --compression {value}: allowed snappy, zstd, none", error.TrimEnd('\n', '\r'));
        Assert.Empty(output);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
