using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IBaseGrain : IGrainWithStringKey
{
    Task<string> Name();
}
