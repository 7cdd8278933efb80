namespace Sim.Model.Scenarios;

/// <summary>Legal-status shares of the foreign stock at the start month (<c>population.foreign_stock_status</c>).</summary>
/// <param name="PermanentResidence">Share with permanent residence.</param>
/// <param name="TemporaryResidence">Share with temporary residence.</param>
/// <param name="WorkPermit">Share with a work permit.</param>
/// <param name="Irregular">Share without a valid status.</param>
[ParameterSection("Legal-status shares of the foreign stock at the start month.")]
public sealed record ForeignStockStatusShares(
    [Parameter("permanent_residence", "Share with permanent residence.", Share = true)] double PermanentResidence,
    [Parameter("temporary_residence", "Share with temporary residence.", Share = true)] double TemporaryResidence,
    [Parameter("work_permit", "Share with a work permit.", Share = true)] double WorkPermit,
    [Parameter("irregular", "Share without a valid status.", Share = true)] double Irregular)
{
    /// <summary>The shares in the order of the statuses sampled: permanent, temporary, work permit, irregular.</summary>
    public double[] ToArray() => [PermanentResidence, TemporaryResidence, WorkPermit, Irregular];
}
