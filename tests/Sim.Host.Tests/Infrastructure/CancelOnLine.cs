namespace Sim.Host.Tests.Infrastructure;

/// <summary>Captures output and cancels a token the moment a line containing a marker is written.</summary>
internal sealed class CancelOnLine(string marker, CancellationTokenSource source) : StringWriter
{
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        if (value is not null && value.Contains(marker, StringComparison.Ordinal))
        {
            source.Cancel();
        }
    }
}
