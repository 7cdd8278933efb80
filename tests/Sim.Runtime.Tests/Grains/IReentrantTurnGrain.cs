using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IReentrantTurnGrain : IGrainWithIntegerKey
{
    Task Hit(int pause);

    Task<TurnStats> Stats();
}
