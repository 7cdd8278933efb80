using System.Data.Common;
using Npgsql;

namespace Sim.Host.Silo;

/// <summary>The connection string the silo's checkpoint storage uses: the membership one, with a longer command timeout.</summary>
internal static class CheckpointConnection
{
    /// <summary>
    /// Seconds a checkpoint read or write may take. A 1:1 region's checkpoint is tens of megabytes; under load Npgsql's
    /// default of 30 s ran out writing one ("Timeout during reading attempt") and the run replayed months for nothing.
    /// </summary>
    public const int CommandTimeoutSeconds = 600;

    /// <summary><paramref name="membership"/> with <c>Command Timeout</c> set to <see cref="CommandTimeoutSeconds"/>, unless the operator set one.</summary>
    public static string For(string membership)
    {
        // Npgsql's own builder reports every known key as present; the generic one holds only what the string sets.
        var given = new DbConnectionStringBuilder { ConnectionString = membership };
        var builder = new NpgsqlConnectionStringBuilder(membership);
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = CommandTimeoutSeconds;
        }

        return builder.ConnectionString;
    }
}
