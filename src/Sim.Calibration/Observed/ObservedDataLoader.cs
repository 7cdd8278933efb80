namespace Sim.Calibration.Observed;

/// <summary>
/// Reads the six observed-data CSVs of a folder (see <c>scenarios/observed/README.md</c>) and checks each
/// line: types, ranges, allowed values, duplicates and consistency. The first problem stops loading with an
/// <see cref="ObservedDataException"/> naming file, line and column.
/// </summary>
public static class ObservedDataLoader
{
    /// <summary>File name of regional populations.</summary>
    public const string PopulationFile = "population.csv";

    /// <summary>File name of national births and deaths.</summary>
    public const string VitalEventsFile = "vital_events.csv";

    /// <summary>File name of net internal migration.</summary>
    public const string InternalMigrationFile = "internal_migration.csv";

    /// <summary>File name of the estimated volume of moves between regions.</summary>
    public const string InternalMovesFile = "internal_moves.csv";

    /// <summary>File name of the Russian counts after the mobilisation announcement.</summary>
    public const string RussiansFile = "russians.csv";

    /// <summary>File name of rent changes.</summary>
    public const string RentsFile = "rents.csv";

    private static readonly Dictionary<string, RussianMeasure> Measures = new(StringComparer.Ordinal)
    {
        ["entered_since_shock"] = RussianMeasure.EnteredSinceShock,
        ["exited_since_shock"] = RussianMeasure.ExitedSinceShock,
        ["remaining"] = RussianMeasure.Remaining,
    };

    /// <summary>Loads every file of <paramref name="directory"/>.</summary>
    public static ObservedData Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ObservedDataException(directory, 0, null, "observed-data folder not found");
        }

        return new ObservedData(
            directory,
            LoadPopulation(directory),
            LoadVitalEvents(directory),
            LoadInternalMigration(directory),
            LoadInternalMoves(directory),
            LoadRussians(directory),
            LoadRents(directory));
    }

    private static List<CsvRecord> Read(string directory, string file, params string[] columns) =>
        CsvRecords.Read(Path.Combine(directory, file), Path.Combine(directory, file), columns);

    private static List<PopulationObservation> LoadPopulation(string directory)
    {
        var seen = new HashSet<(string, DateOnly)>();
        var result = new List<PopulationObservation>();
        foreach (var r in Read(directory, PopulationFile, "region", "date", "population", "source"))
        {
            var row = new PopulationObservation(r.RegionCode("region", false), r.Date("date"),
                r.WholeNumber("population", 0, 1_000_000_000), r.Text("source"));
            Unique(seen.Add((row.Region, row.Date)), r, "region", $"{row.Region} on {row.Date:yyyy-MM-dd} is listed twice");
            result.Add(row);
        }

        return result;
    }

    private static List<VitalEventsObservation> LoadVitalEvents(string directory)
    {
        var seen = new HashSet<int>();
        var result = new List<VitalEventsObservation>();
        foreach (var r in Read(directory, VitalEventsFile, "year", "births", "deaths", "source"))
        {
            var row = new VitalEventsObservation((int)r.WholeNumber("year", 1900, 2200), r.WholeNumber("births", 0, 100_000_000),
                r.WholeNumber("deaths", 0, 100_000_000), r.Text("source"));
            Unique(seen.Add(row.Year), r, "year", $"year {row.Year} is listed twice");
            result.Add(row);
        }

        return result;
    }

    private static List<InternalMigrationObservation> LoadInternalMigration(string directory)
    {
        var seen = new HashSet<(string, int)>();
        var result = new List<InternalMigrationObservation>();
        foreach (var r in Read(directory, InternalMigrationFile, "region", "year", "net_migration", "sign", "source"))
        {
            var region = r.RegionCode("region", false);
            var year = (int)r.WholeNumber("year", 1900, 2200);
            long? net = r.IsEmpty("net_migration") ? null : r.WholeNumber("net_migration", -100_000_000, 100_000_000);
            var sign = r.OneOf("sign", ["+", "-"]) == "+" ? 1 : -1;
            if (net is { } value && (value == 0 || Math.Sign(value) != sign))
            {
                throw r.Error("sign", $"sign '{(sign > 0 ? "+" : "-")}' contradicts net_migration {value} (a nonzero value with the same sign is required)");
            }

            Unique(seen.Add((region, year)), r, "region", $"{region} in {year} is listed twice");
            result.Add(new InternalMigrationObservation(region, year, net, sign, r.Text("source")));
        }

        return result;
    }

    private static List<InternalMovesObservation> LoadInternalMoves(string directory)
    {
        var seen = new HashSet<int>();
        var result = new List<InternalMovesObservation>();
        foreach (var r in Read(directory, InternalMovesFile, "year", "low", "high", "source"))
        {
            var row = new InternalMovesObservation((int)r.WholeNumber("year", 1900, 2200), r.WholeNumber("low", 0, 100_000_000),
                r.WholeNumber("high", 0, 100_000_000), r.Text("source"));
            if (row.High < row.Low)
            {
                throw r.Error("high", $"{row.High} is below low {row.Low}");
            }

            Unique(seen.Add(row.Year), r, "year", $"year {row.Year} is listed twice");
            result.Add(row);
        }

        return result;
    }

    private static List<RussianObservation> LoadRussians(string directory)
    {
        var seen = new HashSet<(DateOnly, RussianMeasure)>();
        var result = new List<RussianObservation>();
        foreach (var r in Read(directory, RussiansFile, "date", "date_precision", "measure", "persons", "source"))
        {
            var date = r.Date("date");
            if (date < ObservedData.MobilisationAnnounced)
            {
                throw r.Error("date", $"{date:yyyy-MM-dd} is before the mobilisation announcement of {ObservedData.MobilisationAnnounced:yyyy-MM-dd}");
            }

            var lateMonth = r.OneOf("date_precision", ["day", "late-month"]) == "late-month";
            if (lateMonth && date.AddDays(1).Month == date.Month)
            {
                throw r.Error("date", $"a late-month statement is dated on the last day of its month, not {date:yyyy-MM-dd}");
            }

            var measure = Measures[r.OneOf("measure", Measures.Keys)];
            var row = new RussianObservation(date, lateMonth, measure, r.WholeNumber("persons", 0, 100_000_000), r.Text("source"));
            Unique(seen.Add((date, measure)), r, "measure", $"{r.Text("measure")} on {date:yyyy-MM-dd} is listed twice");
            result.Add(row);
        }

        return result;
    }

    private static List<RentObservation> LoadRents(string directory)
    {
        var seen = new HashSet<(string, DateOnly, DateOnly)>();
        var result = new List<RentObservation>();
        foreach (var r in Read(directory, RentsFile, "region", "date", "date_precision", "base_date", "change_pct", "source"))
        {
            var row = new RentObservation(r.RegionCode("region", true), r.Date("date"), r.OneOf("date_precision", ["day", "month"]) == "month",
                r.Date("base_date"), r.Number("change_pct", -100, 1000), r.Text("source"));
            if (row.BaseDate >= row.Date)
            {
                throw r.Error("base_date", $"{row.BaseDate:yyyy-MM-dd} is not before date {row.Date:yyyy-MM-dd}");
            }

            if (row.MonthIndex && (row.Date.Day != 1 || row.BaseDate.Day != 1))
            {
                throw r.Error("date", "a monthly index is dated on the first day of its month");
            }

            Unique(seen.Add((row.Region, row.Date, row.BaseDate)), r, "region", $"{row.Region} {row.Date:yyyy-MM-dd} vs {row.BaseDate:yyyy-MM-dd} is listed twice");
            result.Add(row);
        }

        return result;
    }

    private static void Unique(bool added, CsvRecord record, string column, string problem)
    {
        if (!added)
        {
            throw record.Error(column, problem);
        }
    }
}
