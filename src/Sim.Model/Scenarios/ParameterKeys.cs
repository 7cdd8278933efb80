namespace Sim.Model.Scenarios;

/// <summary>What the keys of a keyed-map parameter (or the items of a list of codes) are.</summary>
public enum ParameterKeys
{
    /// <summary>Not a keyed map (or keys implied by the type: months for a <see cref="MonthSeries"/>).</summary>
    None,

    /// <summary>Region codes of the scenario's region table (e.g. <c>AST</c>).</summary>
    Region,

    /// <summary>Citizenship groups (<c>KZ RU UZ KG TJ CN OTHER</c>); a list typed by it is indexed by <see cref="Population.Citizenship"/>.</summary>
    Origin,

    /// <summary>Profession groups; a list typed by it is indexed by <see cref="Population.Profession"/>.</summary>
    Profession,

    /// <summary>Free names (e.g. the name of a shock).</summary>
    Name,
}
