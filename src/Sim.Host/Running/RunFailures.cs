namespace Sim.Host.Running;

/// <summary>
/// Turns an I/O failure during a run (a full disk, a folder that vanished or became read-only) into one line for a
/// person; the failure may arrive wrapped by the grain runtime, so the chain of inner exceptions is searched.
/// </summary>
internal static class RunFailures
{
    /// <summary>errno ENOSPC on Linux and macOS (.NET reports the raw errno as the HResult of an IOException).</summary>
    private const int NoSpace = 28;

    /// <summary>errno EDQUOT on Linux (disk quota exceeded).</summary>
    private const int QuotaExceeded = 122;

    /// <summary>Windows ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL, as HRESULTs.</summary>
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>The first I/O or permission exception in the chain of <paramref name="e"/>, or null.</summary>
    public static Exception? IoCause(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is IOException or UnauthorizedAccessException)
            {
                return current;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(IoCause).FirstOrDefault(x => x is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>
    /// The first line of the innermost message of <paramref name="e"/> (a grain's exception arrives wrapped, and an
    /// exception re-created on the client may carry the remote stack trace in its text).
    /// </summary>
    public static string FirstLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var message = inner.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    /// <summary>Whether <paramref name="e"/> says the disk (or the user's quota) is full.</summary>
    /// <remarks>
    /// An exception thrown in a grain reaches the client re-created from its type and message only (the HResult is
    /// lost on the way), so the operating system's text for ENOSPC and EDQUOT is recognised too.
    /// </remarks>
    public static bool IsDiskFull(Exception e) =>
        e is IOException io
        && (io.HResult is NoSpace or QuotaExceeded or WindowsHandleDiskFull or WindowsDiskFull
            || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
            || io.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase));

    /// <summary>One line saying what failed, that nothing was published, and what to do.</summary>
    public static string Describe(Exception io, string finalPath) => IsDiskFull(io)
        ? $"sim run: the disk is full ({io.Message}); the partial run was deleted and '{finalPath}' was not written. Free space (a full-scale run needs a few hundred MB) or write elsewhere with --out."
        : $"sim run: writing the run failed: {io.Message}; the partial run was deleted and '{finalPath}' was not written.";
}
