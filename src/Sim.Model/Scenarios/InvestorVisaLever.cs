namespace Sim.Model.Scenarios;

/// <summary>Investor residence permit.</summary>
/// <param name="Enabled">Whether it is offered.</param>
/// <param name="ThresholdUsd">Investment threshold, USD.</param>
public sealed record InvestorVisaLever(bool Enabled, double ThresholdUsd);
