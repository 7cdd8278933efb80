using Sim.Model;
using Sim.Model.Scenarios;

namespace Sim.Scenarios;

/// <summary>Thrown by <see cref="ScenarioLoader.Load"/> when a scenario has problems; carries all of them.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Creates an exception with a message only.</summary>
    public ScenarioValidationException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ScenarioValidationException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string Format(IReadOnlyList<ScenarioError> errors) =>
        errors.Count == 0
            ? "the scenario is invalid"
            : $"the scenario has {errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
}
