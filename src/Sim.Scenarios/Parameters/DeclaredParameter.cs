using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>One declared scenario parameter with its place in the key tree.</summary>
/// <param name="KeyPath">Dotted key path; <c>&lt;month&gt;</c>, <c>&lt;origin&gt;</c>, <c>&lt;name&gt;</c> stand for keys of keyed maps.</param>
/// <param name="Type">The CLR type of the value on its record.</param>
/// <param name="Declaration">The declaration: key, doc, unit, range.</param>
/// <param name="Calibrated">The calibration's search bounds, when the calibration fits it.</param>
public sealed record DeclaredParameter(string KeyPath, Type Type, ParameterAttribute Declaration, CalibratedAttribute? Calibrated)
{
    /// <summary>Whether the value is a record of further parameters (a map of keys).</summary>
    public bool IsSection => ParameterShapes.Of(Type, Declaration) == ParameterShape.Section;

    /// <summary>What the value is written as, for the docs: e.g. <c>number 0..1</c>, <c>map region → number</c>.</summary>
    public string Kind => ParameterShapes.Describe(Type, Declaration);
}
