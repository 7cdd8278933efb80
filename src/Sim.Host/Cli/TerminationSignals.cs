using System.Runtime.InteropServices;

namespace Sim.Host.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM, registered first thing in <c>Main</c> so they are honoured at every stage, start-up
/// included: the first one cancels <see cref="Token"/> (the command stops at its next safe point, deletes what it
/// had staged and exits 130); a second one ends the process at once (a killed run's hidden folder is removed by
/// the next run to the same place). A command that has not stopped <see cref="Grace"/> after the first signal (one
/// that does not observe the token, or a stage that cannot be interrupted) is ended with 130 then.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    /// <summary>How long a command may take to stop after the first signal.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _source = new();
    private Timer? _deadline;
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    private TerminationSignals(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Starts listening; messages about the signals go to <paramref name="error"/>.</summary>
    public static TerminationSignals Register(TextWriter error) => new(error);

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        _deadline?.Dispose();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            return; // the default action: terminate now
        }

        context.Cancel = true;
        _error.WriteLine($"sim: {context.Signal} received; stopping at the next safe point (send it again to stop at once)");
        _deadline = new Timer(_ => Environment.Exit(ExitCodes.Cancelled), null, Grace, Timeout.InfiniteTimeSpan);
        _source.Cancel();
    }
}
