using System.Globalization;
using System.Text;

namespace Sim.Output;

/// <summary>
/// An exclusive claim on one run folder name, held for the whole run: the file <c>.NAME.lock</c> beside the folder,
/// created with <see cref="FileMode.CreateNew"/> (O_EXCL, so of two runs starting together exactly one creates it)
/// and kept open with <see cref="FileShare.None"/> (an advisory lock on Unix, a share lock on Windows, both dropped
/// by the operating system when the process dies, however it dies).
/// </summary>
/// <remarks>
/// A run killed with SIGKILL leaves the file behind, unlocked: the next run that finds it can lock it, sees it still
/// names a run (not <see cref="ReleasedText"/>) and takes it over in place. A clean release first writes
/// <see cref="ReleasedText"/>, then closes and only then deletes, so a run that locks a released file never takes it
/// over (it may already be unlinked, and a newer claim created at the path): it starts again from
/// <see cref="FileMode.CreateNew"/>. Nobody ever deletes a claim file it has not locked itself.
/// </remarks>
public sealed class RunFolderClaim : IDisposable
{
    /// <summary>The first line of every claim file (files without it are not ours and are never taken over).</summary>
    public const string Header = "sim run claim";

    /// <summary>What a released claim file holds between its release and its deletion.</summary>
    public const string ReleasedText = "sim run claim released\n";

    private const int Attempts = 200;

    private FileStream? _stream;

    private RunFolderClaim(string path, FileStream stream, bool tookOver)
    {
        Path = path;
        _stream = stream;
        TookOverStaleClaim = tookOver;
    }

    /// <summary>The claim file.</summary>
    public string Path { get; }

    /// <summary>Whether the claim was taken over from a run that died without releasing it.</summary>
    public bool TookOverStaleClaim { get; }

    /// <summary>The claim file of the run folder <paramref name="finalPath"/> (a full path).</summary>
    public static string PathOf(string finalPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(finalPath)!, "." + System.IO.Path.GetFileName(finalPath) + ".lock");

    /// <summary>Claims <paramref name="finalPath"/> (a full path whose parent exists), or returns null when a live run holds it.</summary>
    /// <exception cref="RunFolderRefusedException">The claim file exists but is not one of ours.</exception>
    public static RunFolderClaim? TryAcquire(string finalPath)
    {
        var path = PathOf(finalPath);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (TryCreate(path) is { } created)
            {
                return new RunFolderClaim(path, created, tookOver: false);
            }

            FileStream existing;
            try
            {
                existing = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (FileNotFoundException)
            {
                continue; // released and deleted meanwhile: try to create it again
            }
            catch (IOException)
            {
                return null; // locked: a live run holds the claim
            }

            var text = ReadAll(existing);
            if (text == ReleasedText)
            {
                existing.Dispose();
                Thread.Yield(); // its holder is about to delete it
                continue;
            }

            if (text.Length > 0 && !text.StartsWith(Header + "\n", StringComparison.Ordinal))
            {
                existing.Dispose();
                throw new RunFolderRefusedException(
                    $"'{path}' exists and is not a claim file of sim; move it away to run into '{finalPath}'");
            }

            // Unlocked and naming a run: that run died (its lock went with it). Take the claim over in place.
            WriteOwner(existing);
            return new RunFolderClaim(path, existing, tookOver: true);
        }

        return null;
    }

    /// <summary>Releases the claim: marks the file released, closes it, then deletes it.</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            _stream.SetLength(0);
            _stream.Write(Encoding.UTF8.GetBytes(ReleasedText));
            _stream.Flush();
        }
        finally
        {
            _stream.Dispose();
            _stream = null;
        }

        File.Delete(Path);
    }

    private static FileStream? TryCreate(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            WriteOwner(stream);
            return stream;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Exists (or another run created it and locked it first).
            return null;
        }
    }

    private static void WriteOwner(FileStream stream)
    {
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Header}\npid {Environment.ProcessId}\n")));
        stream.Flush();
    }

    private static string ReadAll(FileStream stream)
    {
        if (stream.Length > 4096)
        {
            return "\0"; // far larger than a claim: not ours
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        stream.Position = 0;
        return Encoding.UTF8.GetString(bytes);
    }
}
