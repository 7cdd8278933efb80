namespace Sim.Runtime.Activation;

/// <summary>
/// Deactivates idle activations. Time advances in ticks of <see cref="SiloOptions.CollectionQuantum"/> on the silo's
/// <see cref="TimeProvider"/>; each request stamps its activation with the current tick (a field write, no clock
/// read). An activation whose stamp is more than CollectionAge/CollectionQuantum ticks old is collected, so it has been
/// idle at least the collection age and at most one quantum more.
/// </summary>
internal sealed class ActivationCollector : IDisposable
{
    private readonly Silo _silo;
    private readonly int _ageInTicks;
    private ITimer? _timer;
    private int _tick;
    private int _collecting;

    public ActivationCollector(Silo silo)
    {
        _silo = silo;
        var options = silo.Options;
        if (options.CollectionQuantum <= TimeSpan.Zero || options.CollectionAge <= TimeSpan.Zero)
        {
            throw new ArgumentException("SiloOptions.CollectionAge and CollectionQuantum must be positive.");
        }

        _ageInTicks = (int)Math.Ceiling(options.CollectionAge / options.CollectionQuantum);
    }

    /// <summary>The current collection tick.</summary>
    public int Tick => Volatile.Read(ref _tick);

    public void Start()
    {
        var q = _silo.Options.CollectionQuantum;
        _timer = _silo.Time.CreateTimer(static s => ((ActivationCollector)s!).OnTimer(), this, q, q);
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>Deactivates the activations idle for longer than the age at <paramref name="tick"/>; returns how many.</summary>
    private async Task<int> CollectAsync(int tick)
    {
        var threshold = tick - _ageInTicks;
        var pending = new List<Task>();
        var reason = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for more than {_silo.Options.CollectionAge}.");
        foreach (var activation in _silo.Catalog.Activations)
        {
            if (activation.TryDeactivate(reason, threshold) is { } done)
            {
                pending.Add(done);
            }
        }

        await Task.WhenAll(pending);
        if (pending.Count > 0)
        {
            SiloLog.Collected(_silo.Logger, pending.Count);
        }

        return pending.Count;
    }

    private async void OnTimer()
    {
        // Time always advances; scans do not overlap, and a scan that ends behind the clock runs again, so a tick that
        // fires during a long scan is never lost.
        Interlocked.Increment(ref _tick);
        while (Interlocked.Exchange(ref _collecting, 1) == 0)
        {
            var scanned = Tick;
            try
            {
                await CollectAsync(scanned);
            }
            catch (Exception e)
            {
                SiloLog.CollectionFailed(_silo.Logger, e);
            }
            finally
            {
                Volatile.Write(ref _collecting, 0);
            }

            if (Tick == scanned)
            {
                return;
            }
        }
    }
}
