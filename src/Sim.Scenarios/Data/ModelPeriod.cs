using Sim.Model;

namespace Sim.Scenarios;

/// <summary>
/// The months a scenario may name (start, end, lever dates, dated paths, <c>--end</c>). The base populations are
/// observed on 1 Jan 2022 and 1 Jan 2023 and interpolated linearly between them, so no run can begin before 2022-01;
/// beyond 2050 the linear extrapolation and the held-constant scenario paths no longer describe anything.
/// </summary>
public static class ModelPeriod
{
    /// <summary>The first month with observed base data.</summary>
    public static YearMonth First { get; } = new(2022, 1);

    /// <summary>The last month a run may simulate.</summary>
    public static YearMonth Last { get; } = new(2050, 12);

    /// <summary>The period as written in messages.</summary>
    public static string Description => $"{First} to {Last}";

    /// <summary>Whether <paramref name="month"/> is inside the period.</summary>
    public static bool Contains(YearMonth month) => month >= First && month <= Last;
}
