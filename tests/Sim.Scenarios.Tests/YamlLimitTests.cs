using System.Text;

namespace Sim.Scenarios.Tests;

/// <summary>Resource limits of the scenario reader: each hostile file gives one located error naming the limit.</summary>
public sealed class YamlLimitTests
{
    [Fact]
    public void Alias_bomb_is_refused_at_its_first_alias()
    {
        using var dir = new TempFolder("yaml-limits");
        // Nine levels of nine aliases each: resolving them would make 9^9 (387 million) scalars.
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        var previous = "a";
        foreach (var name in "bcdefghi")
        {
            text.Append(name).Append(": &").Append(name).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
            previous = name.ToString();
        }

        var file = dir.Write("bomb.yaml", text.ToString());
        Assert.InRange(new FileInfo(file).Length, 300, 600);

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal(2, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Equal("b[0]", error.KeyPath);
        Assert.Contains("aliases are not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("*a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_nested_brackets_are_refused_at_the_depth_limit()
    {
        using var dir = new TempFolder("yaml-limits");
        var file = dir.Write("deep.yaml", "name: x\nlevers: " + new string('[', 100_000) + "\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal(2, error.Line);
        // The map of the document is level 1 and the first bracket level 2, so the 64th bracket is refused.
        Assert.Equal(9 + SourceDocumentReader.MaxDepth - 1, error.Column);
        Assert.Contains("deeper than the limit of 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal("at most 64 nested lists and maps", error.Allowed);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        using var dir = new TempFolder("yaml-limits");
        var depth = SourceDocumentReader.MaxDepth - 1;
        var file = dir.Write("deep.yaml", "levers: " + new string('[', depth) + new string(']', depth) + "\n");

        var errors = ScenarioLoader.Validate(file);

        Assert.DoesNotContain(errors, e => e.Message.Contains("deeper", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.KeyPath == "levers" && e.Message.Contains("expected a map", StringComparison.Ordinal));
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        using var dir = new TempFolder("yaml-limits");
        var file = dir.Write("big.yaml", "# " + new string('x', SourceDocumentReader.MaxFileBytes) + "\nname: x\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("at most 1,048,576 bytes", error.Allowed);
        Assert.Contains("larger than the limit for a scenario file (1,048,576 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_refused_rather_than_ignored()
    {
        using var dir = new TempFolder("yaml-limits");
        var file = dir.Write("two.yaml", $"name: x\nextends: {RepositoryPaths.Baseline}\n---\nseed: 3\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal(3, error.Line);
        Assert.Contains("one YAML document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complex_keys_are_reported_where_they_are_written()
    {
        using var dir = new TempFolder("yaml-limits");
        var file = dir.Write("keys.yaml", $"name: x\nextends: {RepositoryPaths.Baseline}\n? [a, b]\n: 1\nseed: 3\n");

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Equal("keys must be plain scalars", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_thrown()
    {
        using var dir = new TempFolder("yaml-limits");
        var file = dir.Combine("bad.yaml");
        File.WriteAllBytes(file, [(byte)'n', (byte)':', (byte)' ', 0xC3, 0x28, (byte)'\n']);

        var error = Assert.Single(ScenarioLoader.Validate(file));

        Assert.Equal("a readable UTF-8 text file", error.Allowed);
    }
}
