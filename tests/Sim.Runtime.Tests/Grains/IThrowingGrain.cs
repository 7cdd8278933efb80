using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public interface IThrowingGrain : IGrainWithIntegerKey
{
    Task ThrowQuota(string message);

    Task<int> ThrowAfterAwait(string message);

    ValueTask<int> ThrowOdd(int code);

    Task ThrowArgumentNull(string parameter);

    Task<int> Ok();
}
