namespace Sim.Scenarios;

/// <summary>How a declared parameter is written in a scenario file, derived from its CLR type and declaration.</summary>
internal enum ParameterShape
{
    /// <summary>A number (<see cref="double"/>, <see cref="int"/>, <see cref="ulong"/>).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A file path relative to the scenario file that names it (bound to a full path).</summary>
    Path,

    /// <summary>A month <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A citizenship or profession code.</summary>
    Code,

    /// <summary>One of a fixed set of names (an enum; see <see cref="ScenarioChoices"/>).</summary>
    Choice,

    /// <summary>A <see cref="Sim.Model.Scenarios.MonthSeries"/>: months to values.</summary>
    Series,

    /// <summary>A dictionary keyed by region codes or names.</summary>
    ByCode,

    /// <summary>A list indexed by citizenship or profession, written as a map keyed by their codes.</summary>
    IndexedByCode,

    /// <summary>A list of records each carrying its key (<see cref="Sim.Model.Scenarios.EntryKeyAttribute"/>), written as a map.</summary>
    NamedEntries,

    /// <summary>A list of scalars.</summary>
    List,

    /// <summary>A lever timeline: months to (partial) records.</summary>
    Timeline,

    /// <summary>A record of parameters: a map of keys.</summary>
    Section,
}
