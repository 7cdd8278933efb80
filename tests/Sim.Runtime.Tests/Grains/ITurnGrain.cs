using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface ITurnGrain : IGrainWithIntegerKey
{
    /// <summary>Counts a call; a non-zero <paramref name="pause"/> awaits in the middle (see <see cref="TurnCheck.Hit"/>).</summary>
    Task Hit(int pause);

    Task<TurnStats> Stats();
}
