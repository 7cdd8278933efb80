using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>One problem in a scenario, located in the file where the offending key or value is written.</summary>
/// <param name="File">The scenario file (as the user named it, or relative to the working directory).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="KeyPath">Dotted key path, e.g. <c>levers.enforcement.2025-01.detection_rate</c>.</param>
/// <param name="Value">The offending value as written, if any.</param>
/// <param name="Allowed">What is allowed there.</param>
/// <param name="Message">What is wrong, including the value and what is allowed.</param>
public sealed record ScenarioError(string File, int Line, int Column, string KeyPath, string? Value, string Allowed, string Message)
{
    /// <summary>Formats as <c>file:line:column: key.path: message</c>.</summary>
    public override string ToString() =>
        KeyPath.Length == 0
            ? FormattableString.Invariant($"{File}:{Line}:{Column}: {Message}")
            : FormattableString.Invariant($"{File}:{Line}:{Column}: {KeyPath}: {Message}");
}
