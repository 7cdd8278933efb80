using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Sim.Runtime.Serialization;

/// <summary>Re-creates exceptions from their type name and message (constructors cached per type).</summary>
internal static class ExceptionFactory
{
    private static readonly ConcurrentDictionary<string, Func<string, Exception>?> Constructors = new(StringComparer.Ordinal);

    public static Exception Create(string typeName, string message, string? remoteStackTrace)
    {
        var construct = Constructors.GetOrAdd(typeName, FindConstructor);
        Exception exception;
        try
        {
            exception = construct?.Invoke(message) ?? new RemoteGrainException(ShortName(typeName), message, null);
        }
        catch (TargetInvocationException)
        {
            exception = new RemoteGrainException(ShortName(typeName), message, null);
        }

        if (!string.IsNullOrEmpty(remoteStackTrace))
        {
            ExceptionDispatchInfo.SetRemoteStackTrace(exception, remoteStackTrace);
        }

        return exception;
    }

    private static string ShortName(string typeName)
    {
        var comma = typeName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? typeName : typeName[..comma];
    }

    private static Func<string, Exception>? FindConstructor(string typeName)
    {
        var type = TypeNames.TryResolve(typeName);
        if (type is null || !typeof(Exception).IsAssignableFrom(type) || type.IsAbstract)
        {
            return null;
        }

        const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var withInner = type.GetConstructor(Flags, [typeof(string), typeof(Exception)]);
        if (withInner is not null)
        {
            return message => (Exception)withInner.Invoke([message, null]);
        }

        var withMessage = type.GetConstructor(Flags, [typeof(string)]);
        return withMessage is null ? null : message => (Exception)withMessage.Invoke([message]);
    }
}
