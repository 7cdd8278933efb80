namespace Sim.Calibration.Calibration;

/// <summary>Settings of a calibration run.</summary>
public sealed class CalibrationOptions
{
    /// <summary>Population scale of the candidate runs (agents per person).</summary>
    public double Scale { get; set; } = 0.02;

    /// <summary>Seeds every candidate is run with (common random numbers); the objective is their mean.</summary>
    public IReadOnlyList<ulong> Seeds { get; set; } = [1];

    /// <summary>Largest number of objective evaluations (each runs every seed).</summary>
    public int MaxEvaluations { get; set; } = 120;

    /// <summary>Quasi-random (Halton) points of the parameter box evaluated before the simplex starts from the best one.</summary>
    public int InitialSamples { get; set; } = 24;

    /// <summary>Nelder–Mead stops when the simplex's objective values differ by less than this.</summary>
    public double ConvergenceTolerance { get; set; } = 1e-3;

    /// <summary>Initial step of the simplex in the unbounded coordinates.</summary>
    public double InitialStep { get; set; } = 0.8;

    /// <summary>Restarts of the simplex from the best point (with half the previous step) while they still improve.</summary>
    public int MaxRestarts { get; set; } = 3;

    /// <summary>Whether regions of a candidate run are advanced in parallel (same results).</summary>
    public bool Parallel { get; set; } = true;

    /// <summary>Last simulated month of a candidate; null runs to the last month the observations need (see <see cref="Horizon"/>).</summary>
    public Sim.Model.YearMonth? Until { get; set; }
}
