using Sim.Runtime.Tests.Grains;

namespace Sim.Runtime.Tests.Cluster;

/// <summary>Callers that keep calling counter grains until stopped, classifying every outcome; no call may hang.</summary>
public static class Traffic
{
    public static Task Run(IGrainFactory[] factories, string[] keys, TrafficOutcome outcome, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var factory = factories[c % factories.Length];
            for (var i = c; !stop.IsCancellationRequested; i += 8)
            {
                var grain = factory.GetGrain<ICounterGrain>(keys[i % keys.Length]);
                try
                {
                    await grain.Add(1).WaitAsync(TimeSpan.FromSeconds(15));
                    Interlocked.Increment(ref outcome.Succeeded);
                }
                catch (SiloUnavailableException)
                {
                    Interlocked.Increment(ref outcome.SiloUnavailable);
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref outcome.Hung);
                }
                catch (Exception e)
                {
                    outcome.Unexpected.Enqueue(e);
                }
            }
        })));
}
