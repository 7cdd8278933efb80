using Sim.Model.Scenarios;
using Sim.Scenarios;

namespace Sim.Host.Running;

/// <summary>Prints scenario problems, one a line: <c>file:line:column: key: message [value: v; allowed: a]</c>.</summary>
internal static class ScenarioProblems
{
    public static string Format(ScenarioError error)
    {
        var key = error.KeyPath.Length == 0 ? "(document)" : error.KeyPath;
        var value = error.Value ?? "(none)";
        return FormattableString.Invariant($"{error.File}:{error.Line}:{error.Column}: {key}: {error.Message} [value: {value}; allowed: {error.Allowed}]");
    }

    public static void Write(TextWriter writer, IEnumerable<ScenarioError> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(Format(error));
        }
    }
}
