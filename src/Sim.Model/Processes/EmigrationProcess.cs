using Sim.Model.Engine;
using Sim.Model.Population;
using Sim.Model.Random;

namespace Sim.Model.Processes;

/// <summary>
/// Process 8, emigration of citizens. The national yearly outflow (permanent emigrants plus citizens leaving to
/// work abroad) gives a per-person monthly rate r = outflow / 12 / N (N the national population last month);
/// region i expects r·N_i emigrants, drawn among its citizens at or above the minimum age with probability
/// r·N_i / eligible_i each (geometric skips over the table).
/// </summary>
internal static class EmigrationProcess
{
    public static void Run(RegionState state)
    {
        var p = state.Context.Scenario.Emigration;
        var permanent = p.PermanentPerYear.At(state.Month);
        var abroad = p.LabourAbroadPerYear.At(state.Month);
        var nationalPersons = state.National.Total.PopulationEnd * state.Context.Weight;
        var eligible = state.Census.EmigrationEligible;
        if (permanent + abroad <= 0 || nationalPersons <= 0 || eligible == 0)
        {
            return;
        }

        var rate = (permanent + abroad) / 12.0 / nationalPersons;
        var people = state.People;
        var probability = Math.Min(0.5, rate * people.Count / eligible);
        var permanentShare = permanent / (permanent + abroad);
        var rng = state.Stream(RandomProcess.Emigration);
        var logQ = Math.Log(1 - probability);
        var count = people.Count;
        for (var i = Sampling.GeometricSkip(ref rng, logQ); i < count; i = Sampling.NextSelected(ref rng, i, logQ))
        {
            if (people.IsGone(i) || people.Status[i] != (byte)LegalStatus.Citizen || state.AgeYears(people.BirthMonth[i]) < p.MinAgeYears)
            {
                continue;
            }

            state.Depart(i, rng.Bernoulli(permanentShare) ? DepartureReason.Emigrated : DepartureReason.LabourAbroad);
            state.Row.Emigrants++;
        }
    }
}
