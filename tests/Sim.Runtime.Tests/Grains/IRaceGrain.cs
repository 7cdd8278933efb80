using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IRaceGrain : IGrainWithStringKey
{
    Task<int> Hit();

    Task<string> SiloName();
}
