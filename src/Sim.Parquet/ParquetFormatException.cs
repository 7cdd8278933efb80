namespace Sim.Parquet;

/// <summary>
/// The one exception the reader raises for truncated, corrupt, hostile or unsupported input.
/// The message says what is wrong and, for unsupported features, names the feature.
/// </summary>
public class ParquetFormatException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public ParquetFormatException()
        : base("invalid Parquet data")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public ParquetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the failure that revealed the problem.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ParquetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
