using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Chooses the codec of a declared type (the rules are in the README's serializer section). Runs once per type;
/// never throws: a type it cannot handle gets an <see cref="UnsupportedCodec{T}"/> that says why.
/// </summary>
internal static class CodecFactory
{
    private static readonly Dictionary<Type, Type> SequenceInterfaces = new()
    {
        [typeof(IEnumerable<>)] = typeof(SequenceCodec<,>),
        [typeof(IReadOnlyCollection<>)] = typeof(SequenceCodec<,>),
        [typeof(IReadOnlyList<>)] = typeof(SequenceCodec<,>),
        [typeof(ICollection<>)] = typeof(SequenceCodec<,>),
        [typeof(IList<>)] = typeof(SequenceCodec<,>),
        [typeof(HashSet<>)] = typeof(SetCodec<,>),
        [typeof(ISet<>)] = typeof(SetCodec<,>),
        [typeof(IReadOnlySet<>)] = typeof(SetCodec<,>),
    };

    private static readonly HashSet<Type> DictionaryTypes =
        [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];

    public static Codec<T> Create<T>()
    {
        try
        {
            return (Codec<T>)CreateCore(typeof(T));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or TargetInvocationException or TypeLoadException)
        {
            return new UnsupportedCodec<T>($"{typeof(T).FullName} cannot be serialized: {e.Message}");
        }
    }

    /// <summary>Why values of <paramref name="type"/> cannot be serialized, or null when they can.</summary>
    public static string? ProblemOf(Type type)
    {
        var field = typeof(CodecCache<>).MakeGenericType(type).GetField(nameof(CodecCache<int>.Instance))!;
        object? codec;
        try
        {
            codec = field.GetValue(null);
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException?.Message ?? e.Message;
        }

        // Null: the codec of this type is being built further up this thread's stack (a recursive type).
        return codec is null ? null : (string?)codec.GetType().GetProperty(nameof(Codec<int>.Problem))!.GetValue(codec);
    }

    private static object CreateCore(Type type)
    {
        if (Unsupported(type) is { } reason)
        {
            return New(typeof(UnsupportedCodec<>), [type], reason);
        }

        if (type == typeof(string))
        {
            return new StringCodec();
        }

        if (type == typeof(GrainId))
        {
            return new GrainIdCodec();
        }

        if (type == typeof(SiloAddress))
        {
            return new SiloAddressCodec();
        }

        if (type.IsValueType && !IsReferenceOrContainsReferences(type))
        {
            return New(typeof(UnmanagedValueCodec<>), [type]);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return New(typeof(NullableCodec<>), [underlying]);
        }

        if (type.IsArray)
        {
            if (type.GetArrayRank() != 1 || type != type.GetElementType()!.MakeArrayType())
            {
                return New(typeof(UnsupportedCodec<>), [type], $"{type.Name}: only one-dimensional, zero-based arrays are supported.");
            }

            var element = type.GetElementType()!;
            return IsReferenceOrContainsReferences(element) ? New(typeof(ArrayCodec<>), [element]) : New(typeof(UnmanagedArrayCodec<>), [element]);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(List<>))
            {
                return New(typeof(ListCodec<>), args);
            }

            if (SequenceInterfaces.TryGetValue(definition, out var sequenceCodec))
            {
                return New(sequenceCodec, [type, args[0]]);
            }

            if (DictionaryTypes.Contains(definition))
            {
                return New(typeof(DictionaryCodec<,,>), [type, args[0], args[1]]);
            }
        }

        if (type.IsInterface && typeof(IGrain).IsAssignableFrom(type))
        {
            return New(typeof(GrainReferenceCodec<>), [type]);
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return New(typeof(ExceptionCodec<>), [type]);
        }

        if (type == typeof(object) || type.IsInterface || type.IsAbstract)
        {
            return New(typeof(PolymorphicCodec<>), [type]);
        }

        return typeof(ObjectCodec<>).MakeGenericType(type).GetMethod(nameof(ObjectCodec<int>.Create))!.Invoke(null, null)!;
    }

    private static string? Unsupported(Type type)
    {
        if (type.IsPointer || type.IsByRef || type.IsByRefLike || type.ContainsGenericParameters)
        {
            return $"{type.Name}: pointers, by-ref and open generic types cannot be serialized.";
        }

        if (typeof(Delegate).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type)
            || typeof(Stream).IsAssignableFrom(type) || type == typeof(CancellationToken) || type == typeof(IntPtr) || type == typeof(UIntPtr)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>)) || type == typeof(ValueTask))
        {
            return $"{type.FullName} is not data (delegates, tasks, reflection objects, streams, cancellation tokens and pointers cannot cross silos).";
        }

        return null;
    }

    private static bool IsReferenceOrContainsReferences(Type type) =>
        (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(type).Invoke(null, null)!;

    private static object New(Type definition, Type[] args, params object[] ctorArgs) =>
        Activator.CreateInstance(definition.MakeGenericType(args), ctorArgs)!;
}
