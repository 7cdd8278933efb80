using System.Reflection;

namespace Sim.Parquet;

/// <summary>The writer's identity for created_by; fixed per build so output bytes are deterministic.</summary>
internal static class BuildInfo
{
    internal static readonly string CreatedBy = Compute();

    private static string Compute()
    {
        var assembly = typeof(BuildInfo).Assembly;
        var version = assembly.GetName().Version ?? new Version(0, 1, 0);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty;
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var build = plus >= 0 && informational.Length > plus + 1
            ? informational[(plus + 1)..Math.Min(informational.Length, plus + 13)]
            : "dev";
        return $"sim-parquet version {version.Major}.{version.Minor}.{version.Build} (build {build})";
    }
}
