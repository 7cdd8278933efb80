using Sim.Runtime.Invocation;

namespace Sim.Runtime.Tests.Invocation;

public sealed class ProxyValidationTests
{
    [Theory]
    [InlineData(typeof(IWithProperty), "methods only")]
    [InlineData(typeof(IWithGenericMethod), "generic grain methods")]
    [InlineData(typeof(IWithRefParameter), "ref, out and in")]
    [InlineData(typeof(IWithVoidMethod), "must return Task")]
    [InlineData(typeof(IWithToken), "parameter 'token'")]
    [InlineData(typeof(IWithDelegateResult), "the result cannot cross silos")]
    public void Invalid_grain_interfaces_are_rejected_with_the_reason(Type grainInterface, string reason)
    {
        var ex = Assert.Throws<NotSupportedException>(() => GrainInterfaceRegistry.Get(grainInterface));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Methods_get_stable_indices_across_interface_inheritance()
    {
        var info = GrainInterfaceRegistry.Get(typeof(Grains.IKitchenSinkGrain));
        var names = info.Methods.Select(m => m.Method.DeclaringType!.Name + "." + m.Method.Name).ToArray();

        // Ordered by declaring interface, then name: the base interface's method first.
        Assert.Equal("IBaseGrain.Name", names[0]);
        Assert.Equal(names.Skip(1).Order(StringComparer.Ordinal), names.Skip(1));
        Assert.Equal(Enumerable.Range(0, names.Length), info.Methods.Select(m => m.Index));
        Assert.Same(info, GrainInterfaceRegistry.Find(info.Id));
    }

    public interface IWithProperty : IGrainWithStringKey
    {
        Task<int> Value { get; }
    }

    public interface IWithGenericMethod : IGrainWithStringKey
    {
        Task<T> Get<T>();
    }

    public interface IWithRefParameter : IGrainWithStringKey
    {
        Task Set(ref int value);
    }

    public interface IWithVoidMethod : IGrainWithStringKey
    {
        void Fire();
    }

    public interface IWithToken : IGrainWithStringKey
    {
        Task Work(CancellationToken token);
    }

    public interface IWithDelegateResult : IGrainWithStringKey
    {
        Task<Func<int>> Make();
    }
}
