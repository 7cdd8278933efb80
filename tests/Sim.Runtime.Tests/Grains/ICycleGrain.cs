using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/> back and forth <paramref name="depth"/> times.</summary>
    Task<int> Bounce(string other, int depth);
}
