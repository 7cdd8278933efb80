using Orleans;

namespace Sim.Host.Cluster;

/// <summary>
/// Watches a client's gateways: when none has been connected for <see cref="Grace"/>, the cluster is taken for gone
/// and <see cref="Lost"/> is cancelled, so a run waiting on a call that no silo will ever answer stops (exit 3)
/// instead of waiting for the call timeout. A gateway that comes back within the grace (a silo restarted) keeps it.
/// </summary>
internal sealed class ClusterConnectionWatch : IDisposable
{
    /// <summary>How long the client may be without a gateway before the cluster is taken for gone.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _lost = new();
    private readonly Lock _gate = new();
    private Timer? _countdown;

    /// <summary>Cancelled once no gateway has been connected for <see cref="Grace"/>.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Orleans' handler of gateway count changes.</summary>
    public void OnGatewayCountChanged(object? sender, GatewayCountChangedEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        lock (_gate)
        {
            if (e.NumberOfConnectedGateways > 0)
            {
                _countdown?.Dispose();
                _countdown = null;
            }
            else
            {
                _countdown ??= new Timer(_ => _lost.Cancel(), null, Grace, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _countdown?.Dispose();
            _countdown = null;
        }

        _lost.Dispose();
    }
}
