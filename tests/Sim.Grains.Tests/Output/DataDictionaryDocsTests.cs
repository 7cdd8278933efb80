using Sim.Output.Dictionary;
using Sim.Grains.Tests.Infrastructure;
using Sim.Model.Engine;

namespace Sim.Grains.Tests.Output;

public sealed class DataDictionaryDocsTests
{
    [Fact]
    public void Docs_outputs_md_is_generated_from_the_code_dictionary()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "outputs.md");
        Assert.True(File.Exists(path), "docs/outputs.md is missing: dotnet run --project src/Sim.Host -- schema > docs/outputs.md");
        var expected = DataDictionary.ToMarkdown();
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
            "docs/outputs.md is out of date: regenerate it with `dotnet run --project src/Sim.Host -- schema > docs/outputs.md`");
    }

    [Fact]
    public void Every_model_indicator_is_a_region_month_column_with_a_unit()
    {
        var names = OutputTables.RegionMonth.Columns.Select(c => c.Name).ToHashSet();
        foreach (var indicator in IndicatorColumns.All.Where(c => c.Name is not ("year" or "month" or "region_index")))
        {
            Assert.Contains(indicator.Name, names);
        }

        foreach (var table in OutputTables.All)
        {
            Assert.Equal(table.Columns.Count, table.Columns.Select(c => c.Name).Distinct().Count());
            Assert.All(table.Columns, c => Assert.Matches("^[a-z][a-z0-9_]*$", c.Name));
            Assert.All(table.Columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Unit)));
        }
    }

    [Fact]
    public void Snake_case_splits_words_and_keeps_acronyms_together()
    {
        Assert.Equal("visa_free", CategoryNames.SnakeCase("VisaFree"));
        Assert.Equal("relocation_programme", CategoryNames.SnakeCase("RelocationProgramme"));
        Assert.Equal("other", CategoryNames.SnakeCase("OTHER"));
        Assert.Equal(["male", "female"], CategoryNames.Sex);
    }
}
