using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IFailingActivationGrain : IGrainWithIntegerKey
{
    Task<int> Get();
}
