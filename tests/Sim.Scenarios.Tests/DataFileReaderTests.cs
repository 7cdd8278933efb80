namespace Sim.Scenarios.Tests;

/// <summary>The readers of kandas.csv, kandas_settlement.csv, quotas.csv and relocation_regions.csv refuse bad rows with one line naming file, line, column and value.</summary>
public sealed class DataFileReaderTests
{
    private static readonly HashSet<string> Codes = new(["ALM", "AST", "PAV", "SKO"], StringComparer.Ordinal);

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "kandas", "# s\nyear,arrivals,source\n2022,100,x\n2022,200,x\n", "kandas.csv:4: year 2022 is given twice" },
        { "kandas", "# s\nyear,arrivals,source\n20x2,100,x\n", "kandas.csv:3: column 'year': '20x2' is not a number" },
        { "kandas", "# s\nyear,arrivals,source\n1890,100,x\n", "kandas.csv:3: column 'year': '1890' is not a year from 1990 to 2100" },
        { "kandas", "# s\nyear,arrivals,source\n2022,-5,x\n", "kandas.csv:3: column 'arrivals': '-5' is outside the allowed range 0 to 1000000" },
        { "settlement", "# s\ncode,share,source\nXYZ,0.1,x\n", "kandas_settlement.csv:3: column 'code': 'XYZ' is not a region code of the regions table (allowed: ALM, AST, PAV, SKO)" },
        { "settlement", "# s\ncode,share,source\nALM,0.7,x\nAST,0.5,x\n", "kandas_settlement.csv:4: column 'share': the shares add up to 1.2 by this row" },
        { "quotas", "# s\nyear,kind,region,value,source\n2023,visa_quota,,5,x\n", "quotas.csv:3: column 'kind': 'visa_quota' is not a quota kind (allowed: relocation_quota, kandas_quota, employer_permit_share, household_permit_share)" },
        { "quotas", "# s\nyear,kind,region,value,source\n2023,employer_permit_share,,2,x\n", "quotas.csv:3: column 'value': '2' is outside the allowed range 0 to 1" },
        { "quotas", "# s\nyear,kind,region,value,source\n2023,kandas_quota,,5,x\n2023,kandas_quota,,6,x\n", "quotas.csv:4: kandas_quota of 2023 is given twice" },
        { "quotas", "# s\nyear,kind,value,source\n2023,kandas_quota,5,x\n", "quotas.csv:2: header lacks column(s) 'region'" },
        { "regions", "# s\ncode,role,since,source\nPAV,origin,2022,x\n", "relocation_regions.csv:3: column 'role': 'origin' is not a role (allowed: surplus, shortage)" },
        { "regions", "# s\ncode,role,since,source\nPAV,shortage,2022,x\nPAV,surplus,2022,x\n", "relocation_regions.csv:4: region PAV is given twice" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_row_is_refused_naming_file_line_column_and_value(string reader, string text, string expected)
    {
        using var folder = new TempFolder("data-reader");
        var name = reader switch
        {
            "kandas" => "kandas.csv",
            "settlement" => "kandas_settlement.csv",
            "quotas" => "quotas.csv",
            _ => "relocation_regions.csv",
        };
        var path = folder.Write(name, text);
        Action read = reader switch
        {
            "kandas" => () => KandasArrivalsReader.Read(path),
            "settlement" => () => KandasSettlementReader.Read(path, Codes),
            "quotas" => () => QuotaTableReader.Read(path, Codes),
            _ => () => RelocationRegionsReader.Read(path, Codes),
        };
        var error = Assert.Throws<CsvFormatException>(read);
        Assert.StartsWith(path.Replace(name, string.Empty, StringComparison.Ordinal) + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_in_a_region_the_programme_does_not_list_are_refused_when_the_scenario_loads()
    {
        using var folder = new TempFolder("data-reader");
        var baseline = ScenarioCopy.BaselineChain(folder.Path);
        var quotas = folder.Combine("data", "quotas.csv");
        File.WriteAllText(quotas, File.ReadAllText(quotas).Replace("2023,relocation_quota,PAV,", "2023,relocation_quota,AST,", StringComparison.Ordinal));
        // Refused while the scenario is validated (as sim validate does), before any table is bound.
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(baseline)).Errors);
        Assert.Equal((ScenarioPaths.Display(quotas), 12, "region"), (error.File, error.Line, error.KeyPath));
        Assert.Equal("'AST' is not a shortage region of the relocation programme listed by 2023 (relocation_regions)", error.Message);
    }
}
