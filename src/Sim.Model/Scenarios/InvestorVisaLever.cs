namespace Sim.Model.Scenarios;

/// <summary>Investor residence permit.</summary>
/// <param name="Enabled">Whether the investor permit is offered.</param>
/// <param name="ThresholdUsd">Investment threshold, USD.</param>
[ParameterSection("Investor visa lever.")]
public sealed record InvestorVisaLever(
    [Parameter("enabled", "Whether the investor permit is offered.")] bool Enabled,
    [Parameter("threshold_usd", "Investment threshold.", Min = 1, Max = 1e9, Unit = "USD")] double ThresholdUsd);
