using Sim.Output.Dictionary;
using Sim.Model.Population;
using Sim.Model.Regions;
using Sim.Parquet;

namespace Sim.Output.Parts;

/// <summary>
/// A region's <c>events</c> part, streamed: each month's new events of the region's log are appended as one batch.
/// </summary>
public sealed class EventPart : IDisposable
{
    private readonly IReadOnlyList<Region> _regions;
    private readonly PartFile _file;

    /// <summary>Creates the part file of region <paramref name="region"/>, pages compressed with <paramref name="compression"/>.</summary>
    public EventPart(OutputRoot root, OutputTags tags, ParquetCompression compression, IReadOnlyList<Region> regions, int region)
    {
        _regions = regions;
        var relative = $"{OutputTables.Events.Name}/part-{region:D2}.parquet";
        _file = new PartFile(root, relative, OutputTables.Events, tags, compression);
    }

    /// <summary>Appends events (one month's, in log order).</summary>
    public void Append(IReadOnlyList<PersonEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        var w = _file.Writer;
        w.WriteColumn<DateOnly>(events.Select(e => MonthDate.Of(e.Month)).ToArray());
        w.WriteColumn<long>(events.Select(e => e.PersonId).ToArray());
        w.WriteColumn(events.Select(e => (string?)_regions[e.Region].Code).ToArray());
        w.WriteColumn(events.Select(e => (string?)CategoryNames.EventKind[(int)e.Kind]).ToArray());
        w.WriteColumn(events.Select(Detail).ToArray());
        w.WriteColumn(events.Select(e => e.OtherRegion >= 0 ? _regions[e.OtherRegion].Code : null).ToArray());
    }

    /// <summary>Completes the file and returns its manifest entry.</summary>
    public OutputFileInfo Complete() => _file.Complete();

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    /// <summary>The text of an event's detail byte, by kind (see <see cref="PersonEventKind"/>).</summary>
    public static string? Detail(PersonEvent e) => e.Kind switch
    {
        PersonEventKind.Birth => At(CategoryNames.Sex, e.Detail),
        PersonEventKind.Arrival or PersonEventKind.StatusChange => At(CategoryNames.LegalStatus, e.Detail),
        PersonEventKind.Departure => At(CategoryNames.DepartureReason, e.Detail),
        _ => null,
    };

    private static string? At(IReadOnlyList<string> names, byte value) => value < names.Count ? names[value] : null;
}
