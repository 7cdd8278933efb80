namespace Sim.Model.Engine;

/// <summary>
/// One row of <c>region_month</c>: a region's stocks and flows for one month. Counts are AGENT counts;
/// multiply by <see cref="Weight"/> for national figures. An unmanaged struct of primitives so it can be
/// copied as bytes. <see cref="IndicatorColumns.All"/> describes every field (name, unit, description).
/// </summary>
public struct RegionMonthIndicators
{
    /// <summary>Calendar year of the month. Unit: year.</summary>
    public int Year;

    /// <summary>Month of the year, 1..12. Unit: month.</summary>
    public int Month;

    /// <summary>Region index (position in the regions CSV). Unit: index.</summary>
    public int RegionIndex;

    /// <summary>Persons each agent stands for (1/scale); multiply counts by it for national figures. Unit: persons/agent.</summary>
    public double Weight;

    /// <summary>Residents at the start of the month. Unit: agents.</summary>
    public long PopulationStart;

    /// <summary>Births in the month. Unit: agents.</summary>
    public long Births;

    /// <summary>Deaths in the month. Unit: agents.</summary>
    public long Deaths;

    /// <summary>Arrivals from abroad in the month (all intentions, including kandas and returning citizens). Unit: agents.</summary>
    public long Arrivals;

    /// <summary>Arrivals who only pass through. Unit: agents.</summary>
    public long ArrivalsTransit;

    /// <summary>Arrivals of ethnic Kazakh repatriates. Unit: agents.</summary>
    public long KandasArrivals;

    /// <summary>Departures abroad in the month (transit exits, stayers, deportations, emigrating citizens). Unit: agents.</summary>
    public long Departures;

    /// <summary>Departures of transit persons. Unit: agents.</summary>
    public long DeparturesTransit;

    /// <summary>Arrivals of Russian citizens (all intentions). Unit: agents.</summary>
    public long ArrivalsRussians;

    /// <summary>Departures of Russian citizens abroad. Unit: agents.</summary>
    public long DeparturesRussians;

    /// <summary>Departures by deportation. Unit: agents.</summary>
    public long Deported;

    /// <summary>Citizens who emigrated or left to work abroad. Unit: agents.</summary>
    public long Emigrants;

    /// <summary>Persons who moved in from other regions. Unit: agents.</summary>
    public long MovesIn;

    /// <summary>Persons who moved out to other regions. Unit: agents.</summary>
    public long MovesOut;

    /// <summary>Moves out under the state relocation programme (included in moves_out). Unit: agents.</summary>
    public long RelocationProgrammeMoves;

    /// <summary>Residents at the end of the month: population_start + births - deaths + arrivals - departures + moves_in - moves_out. Unit: agents.</summary>
    public long PopulationEnd;

    /// <summary>Citizens at the end of the month. Unit: agents.</summary>
    public long Citizens;

    /// <summary>Non-citizens present at the end of the month (all statuses, transit included). Unit: agents.</summary>
    public long Foreigners;

    /// <summary>Russian citizens present at the end of the month. Unit: agents.</summary>
    public long RussiansPresent;

    /// <summary>Transit persons present at the end of the month. Unit: agents.</summary>
    public long TransitPresent;

    /// <summary>Persons staying irregularly at the end of the month. Unit: agents.</summary>
    public long Irregular;

    /// <summary>Foreign permanent residents at the end of the month. Unit: agents.</summary>
    public long PermanentResidents;

    /// <summary>Work-permit holders at the end of the month. Unit: agents.</summary>
    public long WorkPermitHolders;

    /// <summary>Recognised refugees at the end of the month. Unit: agents.</summary>
    public long Refugees;

    /// <summary>Residents aged 0-14 at the end of the month. Unit: agents.</summary>
    public long Age0To14;

    /// <summary>Residents aged 15-64 at the end of the month. Unit: agents.</summary>
    public long Age15To64;

    /// <summary>Residents aged 65 and over at the end of the month. Unit: agents.</summary>
    public long Age65Plus;

    /// <summary>Employed plus unemployed at the end of the month. Unit: agents.</summary>
    public long LabourForce;

    /// <summary>Employed persons at the end of the month. Unit: agents.</summary>
    public long Employed;

    /// <summary>Unemployed persons at the end of the month. Unit: agents.</summary>
    public long Unemployed;

    /// <summary>Unemployed / labour force at the end of the month (0..1). Unit: ratio.</summary>
    public double UnemploymentRate;

    /// <summary>Open vacancies after the month's matching (agent scale, fractional). Unit: agents.</summary>
    public double Vacancies;

    /// <summary>Hires in the month. Unit: agents.</summary>
    public long Hires;

    /// <summary>Hires of foreign job seekers under a work permit. Unit: agents.</summary>
    public long ForeignHires;

    /// <summary>Job separations in the month. Unit: agents.</summary>
    public long Separations;

    /// <summary>Average monthly nominal wage. Unit: KZT/month.</summary>
    public double AvgWageKzt;

    /// <summary>Rent index of the region. Unit: index (start month = 1).</summary>
    public double RentIndex;

    /// <summary>Average monthly rent per square metre. Unit: KZT/m2/month.</summary>
    public double RentKztPerM2;

    /// <summary>Rental housing demanded (weighted to persons). Unit: m2 (persons scale).</summary>
    public double HousingDemandM2;

    /// <summary>Rental housing stock (weighted to persons). Unit: m2 (persons scale).</summary>
    public double HousingSupplyM2;

    /// <summary>Permits issued in the month (work, in-demand, investor, scientific, EAEU residence, refugee). Unit: agents.</summary>
    public long PermitsIssued;

    /// <summary>Work permits issued under the quota. Unit: agents.</summary>
    public long PermitsWork;

    /// <summary>10-year residence permits for in-demand professions. Unit: agents.</summary>
    public long PermitsInDemand;

    /// <summary>Investor residence permits. Unit: agents.</summary>
    public long PermitsInvestor;

    /// <summary>Scientific-pedagogical visas. Unit: agents.</summary>
    public long PermitsScientific;

    /// <summary>Temporary residence of employed EAEU citizens. Unit: agents.</summary>
    public long PermitsEaeuResidence;

    /// <summary>Refugee statuses granted. Unit: agents.</summary>
    public long RefugeeGranted;

    /// <summary>Persons whose stay expired without a permit and who stayed. Unit: agents.</summary>
    public long BecameIrregular;

    /// <summary>Irregular persons detected. Unit: agents.</summary>
    public long Detected;

    /// <summary>Re-entry attempts of deported persons refused because their entry ban was in force. Unit: agents.</summary>
    public long EntryBans;

    /// <summary>Deported persons entering again after their entry ban ended (included in arrivals). Unit: agents.</summary>
    public long DeporteeReturns;

    /// <summary>Employers fined for employing detected irregular persons. Unit: agents.</summary>
    public long EmployersFined;

    /// <summary>Persons waiting at the border at the end of the month (national scale). Unit: persons.</summary>
    public double BorderBacklogPersons;

    /// <summary>Expected deaths next month under the unscaled mortality schedule (for national scaling). Unit: agents.</summary>
    public double MortalityExposure;

    /// <summary>Expected births next month at TFR = 1 under the fertility age shares (for national scaling). Unit: agents.</summary>
    public double FertilityExposure;

    /// <summary>Factor applied to TFR × the age shares this month to meet the crude birth rate path. Unit: ratio.</summary>
    public double FertilityScale;

    /// <summary>Factor applied to the mortality schedule this month to meet the crude death rate path. Unit: ratio.</summary>
    public double MortalityScale;

    /// <summary>Irregular persons of RU citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedRu;

    /// <summary>Irregular persons of UZ citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedUz;

    /// <summary>Irregular persons of KG citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedKg;

    /// <summary>Irregular persons of TJ citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedTj;

    /// <summary>Irregular persons of CN citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedCn;

    /// <summary>Irregular persons of OTHER citizenship detected (part of <see cref="Detected"/>). Unit: agents.</summary>
    public long DetectedOther;

    /// <summary>Counts a detected irregular person under their citizenship's column (citizens are never irregular).</summary>
    /// <param name="citizenship">The detected person's citizenship.</param>
    public void CountDetection(Population.Citizenship citizenship)
    {
        switch (citizenship)
        {
            case Population.Citizenship.RU:
                DetectedRu++;
                break;
            case Population.Citizenship.UZ:
                DetectedUz++;
                break;
            case Population.Citizenship.KG:
                DetectedKg++;
                break;
            case Population.Citizenship.TJ:
                DetectedTj++;
                break;
            case Population.Citizenship.CN:
                DetectedCn++;
                break;
            case Population.Citizenship.OTHER:
                DetectedOther++;
                break;
            default:
                break;
        }
    }
}
