using Sim.Model.Population;
using Sim.Model.Processes;
using Sim.Model.Regions;

namespace Sim.Model.Engine;

/// <summary>
/// One region of a run: its persons (columnar), markets and event log, advanced month by month. The protocol
/// per month is <see cref="Advance"/> (processes 1–8 in order; returns outgoing movers) then
/// <see cref="Receive"/> (incoming movers in canonical order; end-of-month census) — every region must be
/// advanced before any receives. Results depend only on (scenario, seed, region), never on thread or order.
/// </summary>
public sealed class RegionSimulation
{
    private readonly RegionState _s;
    private YearMonth _nextMonth;
    private bool _awaitingReceive;

    private RegionSimulation(ModelContext context, int region)
    {
        _s = new RegionState(context, region);
        _s.Month = context.Start;
        PopulationSynthesizer.Synthesize(_s);
        var row = NewRow(context.Start.AddMonths(-1));
        _s.Census.Run(_s, context.Start, applyTransitions: false, ref row);
        LabourMarketProcess.Initialise(_s);
        HousingProcess.Initialise(_s);
        row.PopulationEnd = _s.People.Count;
        row.AvgWageKzt = _s.WageKzt;
        row.RentIndex = _s.RentIndex;
        row.RentKztPerM2 = _s.BaseRentKztPerM2;
        row.Vacancies = _s.Vacancies.Sum();
        Indicators = row;
        _nextMonth = context.Start;
    }

    private RegionSimulation(RegionState state, RegionMonthIndicators indicators, YearMonth nextMonth)
    {
        _s = state;
        Indicators = indicators;
        _nextMonth = nextMonth;

        // The census lists are a function of the table alone; rebuild them without transitions (already applied).
        var scratch = indicators;
        _s.Census.Run(_s, nextMonth, applyTransitions: false, ref scratch);
    }

    /// <summary>The run's context.</summary>
    public ModelContext Context => _s.Context;

    /// <summary>Region index.</summary>
    public int RegionIndex => _s.Region;

    /// <summary>The region.</summary>
    public Region Region => _s.Info;

    /// <summary>The next month <see cref="Advance"/> expects.</summary>
    public YearMonth NextMonth => _nextMonth;

    /// <summary>
    /// The latest complete row: before the first month, the start state (month = start − 1, population_end =
    /// the synthesised population); after each <see cref="Receive"/>, that month's final row.
    /// </summary>
    public RegionMonthIndicators Indicators { get; private set; }

    /// <summary>The persons (valid between months; no removed rows then).</summary>
    public PersonTable People => _s.People;

    /// <summary>In-demand permits the region may still issue (the quota's room; set by tests of the quota).</summary>
    internal double InDemandAllowance
    {
        get => _s.InDemandAllowance;
        set => _s.InDemandAllowance = value;
    }

    /// <summary>The region's event log.</summary>
    public EventLog Events => _s.Events;

    /// <summary>Approximate bytes held by the region's persons and event log.</summary>
    public long MemoryBytes => ((long)_s.People.Capacity * PersonTable.BytesPerRow) + ((long)_s.Events.Capacity * 16);

    /// <summary>Synthesises the region's starting population (deterministic in seed and region).</summary>
    public static RegionSimulation Create(ModelContext context, int regionIndex)
    {
        if (regionIndex < 0 || regionIndex >= context.RegionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(regionIndex), regionIndex, "no such region");
        }

        return new RegionSimulation(context, regionIndex);
    }

    /// <summary>
    /// Runs the eight processes for <paramref name="month"/> with last month's national indicators and returns
    /// the partial row, the movers per destination and the flow rows.
    /// </summary>
    public RegionMonthResult Advance(YearMonth month, NationalIndicators lastMonth)
    {
        if (_awaitingReceive)
        {
            throw new InvalidOperationException($"region {Region.Code}: Receive must follow Advance");
        }

        if (month != _nextMonth)
        {
            throw new InvalidOperationException($"region {Region.Code}: expected month {_nextMonth}, got {month}");
        }

        var s = _s;
        s.Month = month;
        s.Levers = s.Context.LeversAt(month);
        s.National = lastMonth;
        s.Row = NewRow(month);
        s.Row.PopulationStart = s.People.Count;
        s.PermitsIssuedThisMonth = 0;
        Array.Clear(s.FlowCounts);
        Array.Clear(s.Outgoing);

        DemographyProcess.Run(s);
        ArrivalsProcess.Run(s);
        DepartureProcess.Run(s);
        LegalStatusProcess.Run(s);
        LabourMarketProcess.Run(s);
        HousingProcess.Run(s);
        RelocationProcess.Run(s);
        EmigrationProcess.Run(s);

        s.People.RemoveGone(s.Removed);
        var outgoing = new List<MoverBatch>();
        var flows = new List<FlowRow>();
        for (var j = 0; j < s.Outgoing.Length; j++)
        {
            if (s.Outgoing[j] is { } batch)
            {
                batch.Trim();
                outgoing.Add(batch);
            }

            for (var g = 0; g < 3; g++)
            {
                var count = s.FlowCounts[(j * 3) + g];
                if (count > 0)
                {
                    flows.Add(new FlowRow(s.Region, j, (FlowGroup)g, count));
                }
            }
        }

        _awaitingReceive = true;
        return new RegionMonthResult(s.Row, outgoing, flows);
    }

    /// <summary>
    /// Appends the movers sent to this region in canonical order (source region, then person id) whatever the
    /// order of <paramref name="incoming"/>, runs the end-of-month census and returns the month's final row.
    /// </summary>
    public RegionMonthIndicators Receive(IReadOnlyList<MoverBatch> incoming)
    {
        if (!_awaitingReceive)
        {
            throw new InvalidOperationException($"region {Region.Code}: Receive without Advance");
        }

        var s = _s;
        foreach (var (batch, row) in MonthProtocol.CanonicalOrder(incoming, s.Region))
        {
            var person = batch.Get(row);
            s.People.Append(person);
            s.Row.MovesIn++;
            s.Events.Add(s.Month, person.Id, PersonEventKind.MoveIn, 0, batch.SourceRegion);
        }

        s.Census.Run(s, s.Month.AddMonths(1), applyTransitions: true, ref s.Row);
        ref var r = ref s.Row;
        r.PopulationEnd = r.PopulationStart + r.Births - r.Deaths + r.Arrivals - r.Departures + r.MovesIn - r.MovesOut;
        if (r.PopulationEnd != s.People.Count)
        {
            throw new InvalidOperationException(
                $"region {Region.Code} {s.Month}: accounting identity broken: {r.PopulationEnd} by flows, {s.People.Count} rows");
        }

        Indicators = r;
        _awaitingReceive = false;
        _nextMonth = s.Month.AddMonths(1);
        return r;
    }

    /// <summary>
    /// Writes the region's complete state between months (after <see cref="Receive"/> or before the first month)
    /// so that <see cref="ReadCheckpoint"/> continues the run with exactly the same results.
    /// </summary>
    public void WriteCheckpoint(Stream stream)
    {
        if (_awaitingReceive)
        {
            throw new InvalidOperationException($"region {Region.Code}: checkpoint between Advance and Receive");
        }

        RegionCheckpoint.Write(stream, _s, Indicators, _nextMonth);
    }

    /// <summary>Restores a region written by <see cref="WriteCheckpoint"/> (same scenario and seed).</summary>
    public static RegionSimulation ReadCheckpoint(ModelContext context, Stream stream)
    {
        var (state, indicators, next) = RegionCheckpoint.Read(stream, context);
        return new RegionSimulation(state, indicators, next);
    }

    /// <summary>Finds a resident by id (a vectorised scan of the id column).</summary>
    public bool TryGetPerson(long id, out PersonProfile profile)
    {
        var i = _s.People.Id.IndexOf(id);
        if (i < 0)
        {
            profile = null!;
            return false;
        }

        var p = _s.People.Get(i);
        var current = _nextMonth.AddMonths(-1);
        profile = new PersonProfile(p.Id, _s.Region, _s.Info.Code, YearMonth.FromCompact(p.BirthMonth),
            (current.ToCompact() - p.BirthMonth) / 12, p.Sex, p.Citizenship, p.Status, p.Profession, p.Activity, p.Flags,
            p.ArrivalMonth == PersonTable.NoMonth ? null : YearMonth.FromCompact(p.ArrivalMonth),
            p.StatusExpiry == PersonTable.NoMonth ? null : YearMonth.FromCompact(p.StatusExpiry));
        return true;
    }

    /// <summary>
    /// A person-level command between months: the person applies for a permit and the rules of the legal-status
    /// process decide with the levers in force in <see cref="NextMonth"/> (without the random application
    /// shares: the person has applied). A granted permit changes the person's status at once and is logged.
    /// </summary>
    public PermitDecision ApplyForPermit(long id, PermitKind kind)
    {
        if (_awaitingReceive)
        {
            throw new InvalidOperationException($"region {Region.Code}: commands are applied between months");
        }

        var i = _s.People.Id.IndexOf(id);
        if (i < 0)
        {
            return new PermitDecision(false, $"person {id} does not live in {Region.Code}");
        }

        _s.Month = _nextMonth > Context.End ? Context.End : _nextMonth;
        _s.Levers = Context.LeversAt(_s.Month);
        return LegalStatusProcess.Apply(_s, i, kind);
    }

    /// <summary>The events of a person still kept in this region's log, oldest first.</summary>
    public IReadOnlyList<PersonEvent> History(long id)
    {
        var events = new List<PersonEvent>();
        _s.Events.History(id, events);
        return events;
    }

    private RegionMonthIndicators NewRow(YearMonth month) => new()
    {
        Year = month.Year,
        Month = month.Month,
        RegionIndex = _s.Region,
        Weight = _s.Context.Weight,
    };
}
