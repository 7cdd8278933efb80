using Sim.Runtime;

namespace Sim.Runtime.Tests.Grains;

public sealed class ThrowingGrain : Grain, IThrowingGrain
{
    public Task ThrowQuota(string message) => throw new QuotaExceededException(message);

    public async Task<int> ThrowAfterAwait(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public ValueTask<int> ThrowOdd(int code) => throw new OddException(code);

    public Task ThrowArgumentNull(string parameter) => throw new ArgumentNullException(parameter);

    public Task<int> Ok() => Task.FromResult(42);
}
