namespace Sim.Model.Population;

/// <summary>One person's row, used to append persons and to read one row out (never stored per person).</summary>
/// <param name="Id">Globally unique id (region index in the high bits, then a per-region counter).</param>
/// <param name="BirthMonth">Birth month, compact (months since <see cref="YearMonth.CompactEpoch"/>).</param>
/// <param name="Sex">Sex.</param>
/// <param name="Citizenship">Citizenship group.</param>
/// <param name="Status">Legal status.</param>
/// <param name="Profession">Profession group.</param>
/// <param name="Activity">Activity.</param>
/// <param name="Flags">Flags.</param>
/// <param name="ArrivalMonth">Compact month of arrival from abroad, or <see cref="PersonTable.NoMonth"/>.</param>
/// <param name="StatusExpiry">Compact month the status (or transit dwell) ends, or <see cref="PersonTable.NoMonth"/>.</param>
public readonly record struct PersonRecord(
    long Id,
    short BirthMonth,
    Sex Sex,
    Citizenship Citizenship,
    LegalStatus Status,
    Profession Profession,
    Activity Activity,
    PersonFlags Flags,
    short ArrivalMonth,
    short StatusExpiry);
