using Sim.Host.Tests.Infrastructure;

namespace Sim.Host.Tests.Commands;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task Schema_prints_the_committed_docs_outputs_md()
    {
        var (code, output, _) = await CliHarness.RunAsync(["schema"]);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(CliHarness.RepoRoot, "docs", "outputs.md")), output);
    }
}
