namespace Sim.Scenarios;

/// <summary>A command-line override does not fit the scenario (e.g. <c>--end</c> before its start); the message names the option and what is allowed.</summary>
public sealed class ScenarioOverrideException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioOverrideException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public ScenarioOverrideException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public ScenarioOverrideException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
