using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IOrderGrain : IGrainWithStringKey
{
    Task Record(string caller, int sequence);

    Task<OrderReport> Report();
}
