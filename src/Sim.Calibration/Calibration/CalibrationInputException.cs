namespace Sim.Calibration.Calibration;

/// <summary>A calibration cannot start because of what the user gave it (a parameter, a scenario chain); the message says what.</summary>
public sealed class CalibrationInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalibrationInputException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public CalibrationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public CalibrationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
