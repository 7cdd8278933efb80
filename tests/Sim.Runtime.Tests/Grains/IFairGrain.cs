using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IFairGrain : IGrainWithStringKey
{
    /// <summary>Burns some CPU and counts the call under this grain's key.</summary>
    Task Work(int spin);

    /// <summary>Returns how many calls grain <paramref name="other"/> has processed so far.</summary>
    Task<long> ProcessedBy(string other);
}
