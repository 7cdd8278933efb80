using Microsoft.Extensions.Logging;

namespace Sim.Runtime;

/// <summary>Source-generated log messages of the silo and its activations.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Silo {SiloName} started at {Silo} in cluster {ClusterId} with {Workers} workers")]
    public static partial void Started(ILogger logger, string siloName, SiloAddress silo, string clusterId, int workers);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Silo {SiloName} stopping gracefully; deactivating {Count} activations")]
    public static partial void Stopping(ILogger logger, string siloName, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Silo {SiloName} stopped")]
    public static partial void Stopped(ILogger logger, string siloName);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Silo {SiloName} killed: {Reason}")]
    public static partial void Killed(ILogger logger, string siloName, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Silos {Silos} are dead; their directory entries are dropped")]
    public static partial void SilosDied(ILogger logger, string silos);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Activating {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "OnDeactivateAsync of {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "A continuation of {GrainId} threw")]
    public static partial void ContinuationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "{GrainId} lost its directory registration to an activation on {Winner}; forwarding its requests")]
    public static partial void LostRegistration(ILogger logger, GrainId grainId, SiloAddress winner);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Unregistering {GrainId} from the directory failed")]
    public static partial void DirectoryFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "Collected {Count} idle activations")]
    public static partial void Collected(ILogger logger, int count);

    [LoggerMessage(EventId = 16, Level = LogLevel.Error, Message = "Activation collection failed")]
    public static partial void CollectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Warning, Message = "Silo {SiloName}: {Count} activations did not deactivate within the timeout")]
    public static partial void DeactivationTimedOut(ILogger logger, string siloName, int count);
}
