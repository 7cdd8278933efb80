using Sim.Model.Population;
using Sim.Model.Random;
using Sim.Model.Regions;
using Sim.Model.Scenarios;

namespace Sim.Model.Engine;

/// <summary>
/// The mutable state of one region and the scratch of the month being simulated. The processes read and
/// write it; <see cref="RegionSimulation"/> owns it. Nothing here is allocated per person.
/// </summary>
internal sealed class RegionState
{
    public RegionState(ModelContext context, int region)
    {
        Context = context;
        Region = region;
        Info = context.Regions[region];
        var expected = (int)Math.Ceiling(context.StartPopulation[region] * context.Scale * 1.1) + 64;
        People = new PersonTable(expected);
        Events = new EventLog(region, context.Scenario.Outputs.EventLogCapacity);
        Census = new RegionCensus();
        Outgoing = new MoverBatch?[context.RegionCount];
        FlowCounts = new int[context.RegionCount * 3];
        Backlog = new double[(Names.OriginCount + context.Scenario.Arrivals.Shocks.Count) * 2];
        ReturnsDue = new int[context.MonthCount * Names.OriginCount];
        RefusalsDue = new int[context.MonthCount];
    }

    public ModelContext Context { get; }

    public int Region { get; }

    public Region Info { get; }

    public PersonTable People { get; }

    public EventLog Events { get; }

    public RegionCensus Census { get; }

    /// <summary>Next value of the per-region id counter.</summary>
    public long NextSequence { get; set; }

    /// <summary>Open vacancies by profession, agents.</summary>
    public double[] Vacancies { get; } = new double[Names.ProfessionCount];

    /// <summary>Tightness V/U by profession at the start month (the reference of the wage response).</summary>
    public double[] ReferenceTightness { get; } = new double[Names.ProfessionCount];

    /// <summary>Average wage of the region, KZT a month.</summary>
    public double WageKzt { get; set; }

    /// <summary>Rent index (start = 1).</summary>
    public double RentIndex { get; set; } = 1;

    /// <summary>Rent per m² at the start month, KZT.</summary>
    public double BaseRentKztPerM2 { get; set; }

    /// <summary>Rental stock, m² at agent scale.</summary>
    public double RentalStockM2 { get; set; }

    /// <summary>Persons waiting at the border by stream, expected values at person scale.</summary>
    public double[] Backlog { get; }

    /// <summary>Deported persons due to enter again, by run month and citizenship (month * origins + citizenship), agents.</summary>
    public int[] ReturnsDue { get; }

    /// <summary>Re-entry attempts of deported persons due to be refused under their ban, by run month, agents.</summary>
    public int[] RefusalsDue { get; }

    /// <summary>Scientific visas the region may still issue (accrues each month).</summary>
    public double ScientificAllowance { get; set; }

    /// <summary>In-demand residence permits the region may still issue (accrues each month, capped at a year's quota).</summary>
    public double InDemandAllowance { get; set; }

    // ---- the month being simulated ----
    public YearMonth Month { get; set; }

    public PolicyLevers Levers { get; set; } = null!;

    public NationalIndicators National { get; set; } = null!;

    public RegionMonthIndicators Row;

    public List<int> Removed { get; } = [];

    public MoverBatch?[] Outgoing { get; }

    /// <summary>Movers by destination and <see cref="FlowGroup"/> (destination * 3 + group).</summary>
    public int[] FlowCounts { get; }

    /// <summary>Work permits issued this month (on top of the census count).</summary>
    public int PermitsIssuedThisMonth { get; set; }

    public short MonthCompact => Month.ToCompact();

    public long NewId() => ((long)(Region + 1) << 40) | NextSequence++;

    public RandomStream Stream(RandomProcess process, int substream = 0) =>
        RandomStream.Create(Context.Seed, Region, Month.Index, process, substream);

    /// <summary>Age in whole years at the current month of a compact birth month.</summary>
    public int AgeYears(short birthMonth) => (MonthCompact - birthMonth) / 12;

    /// <summary>Removes person <paramref name="i"/> from the country (departure abroad).</summary>
    public void Depart(int i, DepartureReason reason)
    {
        People.MarkGone(i);
        Removed.Add(i);
        Row.Departures++;
        Row.DeparturesRussians += People.Citizenship[i] == (byte)Population.Citizenship.RU ? 1 : 0;
        Events.Add(Month, People.Id[i], PersonEventKind.Departure, (byte)reason);
    }

    /// <summary>Moves person <paramref name="i"/> to another region: copies it into the outgoing batch.</summary>
    public void MoveOut(int i, int destination, FlowGroup group)
    {
        var batch = Outgoing[destination] ??= new MoverBatch(Region, destination, Month.Index, 16);
        batch.Add(People.Get(i));
        People.MarkGone(i);
        Removed.Add(i);
        Row.MovesOut++;
        FlowCounts[(destination * 3) + (int)group]++;
        Events.Add(Month, People.Id[i], PersonEventKind.MoveOut, 0, destination);
    }

    /// <summary>Changes the legal status of person <paramref name="i"/> and logs it.</summary>
    public void SetStatus(int i, LegalStatus status, int validMonths)
    {
        People.Status[i] = (byte)status;
        People.StatusExpiry[i] = validMonths > 0 ? (short)(MonthCompact + validMonths) : PersonTable.NoMonth;
        Events.Add(Month, People.Id[i], PersonEventKind.StatusChange, (byte)status);
    }
}
