namespace Sim.Calibration.Calibration;

/// <summary>Thrown inside the objective to stop the simplex when the evaluation budget is spent.</summary>
internal sealed class EvaluationBudgetExhaustedException : Exception
{
    public EvaluationBudgetExhaustedException()
        : base("the calibration's evaluation budget is spent")
    {
    }

    public EvaluationBudgetExhaustedException(string message)
        : base(message)
    {
    }

    public EvaluationBudgetExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
