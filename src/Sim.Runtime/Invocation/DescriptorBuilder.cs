using System.Linq.Expressions;
using System.Reflection;
using Sim.Runtime.Serialization;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Builds a method's descriptor with compiled expression trees: the invoker (cast the grain to the interface, read
/// the request's fields, call, adapt the result to a <see cref="ValueTask{TResult}"/>) and the argument codecs
/// (one static codec field per parameter type). Fails early, naming the parameter, when a type cannot be serialized.
/// </summary>
internal static class DescriptorBuilder
{
    public static Type? ResultTypeOf(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return typeof(VoidResult);
        }

        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return returnType.GetGenericArguments()[0];
        }

        return null;
    }

    public static MethodDescriptor Create(GrainInterfaceInfo owner, int index, MethodInfo method, Type requestType)
    {
        var result = ResultTypeOf(method.ReturnType)!;
        foreach (var p in method.GetParameters())
        {
            if (CodecFactory.ProblemOf(p.ParameterType) is { } problem)
            {
                throw new NotSupportedException($"{owner.InterfaceType.Name}.{method.Name}: parameter '{p.Name}' cannot cross silos: {problem}");
            }
        }

        if (CodecFactory.ProblemOf(result) is { } resultProblem)
        {
            throw new NotSupportedException($"{owner.InterfaceType.Name}.{method.Name}: the result cannot cross silos: {resultProblem}");
        }

        var create = typeof(DescriptorBuilder).GetMethod(nameof(CreateTyped), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(result);
        return (MethodDescriptor)create.Invoke(null, [owner, index, method, requestType])!;
    }

    public static Func<GrainId, IRuntimeClient, GrainReference> CompileFactory(Type proxyType, GrainInterfaceInfo info)
    {
        var id = Expression.Parameter(typeof(GrainId), "id");
        var runtime = Expression.Parameter(typeof(IRuntimeClient), "runtime");
        var create = Expression.New(proxyType.GetConstructors()[0], id, runtime, Expression.Constant(info));
        return Expression.Lambda<Func<GrainId, IRuntimeClient, GrainReference>>(Expression.Convert(create, typeof(GrainReference)), id, runtime).Compile();
    }

    private static MethodDescriptor<TResult> CreateTyped<TResult>(GrainInterfaceInfo owner, int index, MethodInfo method, Type requestType)
    {
        // Fields are named a0, a1, ... in parameter order; reflection does not promise declaration order.
        var fields = requestType.GetFields().OrderBy(f => int.Parse(f.Name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Invoker: (grain, request) => Adapt(((IFoo)grain).Method(((Req)request).a0, ...))
        var grain = Expression.Parameter(typeof(object), "grain");
        var request = Expression.Parameter(typeof(Request), "request");
        var typed = Expression.Convert(request, requestType);
        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, fields.Select(f => Expression.Field(typed, f)));
        call = Adapt(call, method.ReturnType, typeof(TResult));
        var invoker = Expression.Lambda<Func<object, Request, ValueTask<TResult>>>(call, grain, request).Compile();

        // Writer: (writer, request) => { CodecCache<T0>.Instance.Write(writer, ((Req)request).a0); ... }
        var writer = Expression.Parameter(typeof(MessageWriter), "writer");
        var writes = fields.Select(f =>
        {
            var codec = Expression.Field(null, typeof(CodecCache<>).MakeGenericType(f.FieldType).GetField(nameof(CodecCache<int>.Instance))!);
            return (Expression)Expression.Call(codec, codec.Type.GetMethod(nameof(Codec<int>.Write))!, writer, Expression.Field(typed, f));
        }).Append(Expression.Empty());
        var write = Expression.Lambda<Action<MessageWriter, Request>>(Expression.Block(writes), writer, request).Compile();

        // Reader: reader => new Req(CodecCache<T0>.Instance.Read(reader), ...) (arguments evaluate left to right)
        var reader = Expression.Parameter(typeof(MessageReader), "reader");
        var reads = fields.Select(f =>
        {
            var codec = Expression.Field(null, typeof(CodecCache<>).MakeGenericType(f.FieldType).GetField(nameof(CodecCache<int>.Instance))!);
            return (Expression)Expression.Call(codec, codec.Type.GetMethod(nameof(Codec<int>.Read))!, reader);
        });
        var read = Expression.Lambda<Func<MessageReader, Request>>(
            Expression.Convert(Expression.New(requestType.GetConstructors()[0], reads), typeof(Request)), reader).Compile();

        return new MethodDescriptor<TResult>(owner, index, method, invoker, write, read);
    }

    private static Expression Adapt(Expression call, Type returnType, Type result)
    {
        if (returnType == typeof(Task))
        {
            return Expression.Call(typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromTask))!, call);
        }

        if (returnType == typeof(ValueTask))
        {
            return Expression.Call(typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromValueTask))!, call);
        }

        if (returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromTaskOfT))!.MakeGenericMethod(result), call);
        }

        return call;
    }
}
