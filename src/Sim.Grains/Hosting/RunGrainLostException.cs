namespace Sim.Grains.Hosting;

/// <summary>The run grain a driver's call went to died with its silo; the call will not be answered (it is asked again).</summary>
public sealed class RunGrainLostException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public RunGrainLostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public RunGrainLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public RunGrainLostException()
    {
    }
}
