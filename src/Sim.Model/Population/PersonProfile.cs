namespace Sim.Model.Population;

/// <summary>A person as seen by inspection (the person grain's profile).</summary>
/// <param name="Id">Person id.</param>
/// <param name="Region">Region index of residence.</param>
/// <param name="RegionCode">Region code of residence.</param>
/// <param name="BirthMonth">Birth month.</param>
/// <param name="AgeYears">Age in whole years in the last simulated month.</param>
/// <param name="Sex">Sex.</param>
/// <param name="Citizenship">Citizenship group.</param>
/// <param name="Status">Legal status.</param>
/// <param name="Profession">Profession group.</param>
/// <param name="Activity">Activity.</param>
/// <param name="Flags">Flags.</param>
/// <param name="ArrivalMonth">Month of arrival from abroad, if the person arrived during the run or the foreign stock.</param>
/// <param name="StatusExpiry">Month the status or transit stay ends, if any.</param>
public sealed record PersonProfile(
    long Id,
    int Region,
    string RegionCode,
    YearMonth BirthMonth,
    int AgeYears,
    Sex Sex,
    Citizenship Citizenship,
    LegalStatus Status,
    Profession Profession,
    Activity Activity,
    PersonFlags Flags,
    YearMonth? ArrivalMonth,
    YearMonth? StatusExpiry);
