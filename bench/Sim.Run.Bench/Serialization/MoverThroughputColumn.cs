using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sim.Grains.Regions;

namespace Sim.Run.Bench.Serialization;

/// <summary>
/// Throughput of a mover benchmark from its mean time and its <c>Movers</c> parameter: movers per second, or MB per
/// second of mover payload (<see cref="MoverShipment.BytesPerMover"/> bytes each, the same for every shape, so the
/// figures compare shapes rather than their encodings' sizes).
/// </summary>
internal sealed class MoverThroughputColumn(bool megabytes) : IColumn
{
    public string Id => megabytes ? "MoverMBps" : "MoversPerSecond";

    public string ColumnName => megabytes ? "MB/s" : "movers/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes
        ? $"Mover payload ({MoverShipment.BytesPerMover} bytes per mover) round-tripped per second, 1 MB = 10^6 bytes"
        : "Movers serialized and deserialized per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not { } nanoseconds || benchmarkCase.Parameters["Movers"] is not int movers)
        {
            return "-";
        }

        var perSecond = movers / (nanoseconds / 1e9);
        return megabytes
            ? (perSecond * MoverShipment.BytesPerMover / 1e6).ToString("N0", CultureInfo.InvariantCulture)
            : perSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
