using System.Globalization;

namespace Sim.Parquet.Bench.Macro;

/// <summary>
/// Aggregates over the whole person table, predicted from the generator and compared with what DuckDB reads
/// from the written file: proof that the benchmarked file is complete and correct, not just fast.
/// </summary>
internal static class Checksums
{
    private const string Query =
        "SELECT count(*)::VARCHAR, sum(person_id)::VARCHAR, sum(household_id)::VARCHAR, count(status)::VARCHAR, " +
        "sum(age_group)::VARCHAR, count(occupation)::VARCHAR, sum(length(first_name))::VARCHAR, count_if(employed)::VARCHAR";

    public static string[] Names { get; } =
        ["count(*)", "sum(person_id)", "sum(household_id)", "count(status)", "sum(age_group)", "count(occupation)", "sum(length(first_name))", "count_if(employed)"];

    public static string[] Expected(long rows)
    {
        Int128 household = 0;
        long status = 0, ageGroup = 0, occupation = 0, nameLength = 0, employed = 0;
        for (long row = 0; row < rows; row++)
        {
            household += (row / 3) + 1;
            status += PersonTable.StatusIsNull(row) ? 0 : 1;
            ageGroup += PersonTable.AgeGroup(row);
            occupation += PersonTable.OccupationIsNull(row) ? 0 : 1;
            nameLength += PersonTable.FirstNames[PersonTable.FirstNameIndex(row)].Length;
            employed += PersonTable.Employed(row) ? 1 : 0;
        }

        var ids = (Int128)rows * (rows + 1) / 2;
        return [.. new Int128[] { rows, ids, household, status, ageGroup, occupation, nameLength, employed }
            .Select(v => v.ToString(CultureInfo.InvariantCulture))];
    }

    public static string[] ReadByDuckDb(string path) =>
        [.. DuckDbQuery.FirstRow($"{Query} FROM read_parquet({DuckDbQuery.Literal(path)})").Select(v => v as string ?? "NULL")];
}
