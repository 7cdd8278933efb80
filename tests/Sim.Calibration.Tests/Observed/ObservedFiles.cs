namespace Sim.Calibration.Tests.Observed;

/// <summary>A small valid observed-data folder (two regions) that tests copy and break one file of.</summary>
internal static class ObservedFiles
{
    public const string Population = """
        region,date,population,source
        AAA,2022-01-01,1000,test
        BBB,2022-01-01,2000,test
        AAA,2023-01-01,1100,test
        BBB,2023-01-01,1950,test
        """;

    public const string VitalEvents = """
        year,births,deaths,source
        2022,60,20,test
        """;

    public const string InternalMigration = """
        region,year,net_migration,sign,source
        AAA,2022,50,+,test
        BBB,2022,,-,"test, sign only"
        """;

    public const string InternalMoves = """
        year,low,high,source
        2022,100,140,test
        """;

    public const string Russians = """
        date,date_precision,measure,persons,source
        2022-10-04,day,entered_since_shock,200,test
        2022-10-04,day,exited_since_shock,147,test
        2022-11-30,late-month,remaining,100,test
        """;

    public const string Rents = """
        region,date,date_precision,base_date,change_pct,source
        AAA,2022-11-03,day,2022-09-01,28,test
        national,2022-08-01,month,2021-08-01,31.8,test
        """;

    public static TempFolder Create(string? replaceFile = null, string? replacement = null)
    {
        var folder = new TempFolder();
        var files = new Dictionary<string, string>
        {
            ["population.csv"] = Population,
            ["vital_events.csv"] = VitalEvents,
            ["internal_migration.csv"] = InternalMigration,
            ["internal_moves.csv"] = InternalMoves,
            ["russians.csv"] = Russians,
            ["rents.csv"] = Rents,
        };
        foreach (var (name, text) in files)
        {
            var content = name == replaceFile ? replacement : text;
            if (content is not null)
            {
                folder.Write(name, content + "\n");
            }
        }

        return folder;
    }
}
