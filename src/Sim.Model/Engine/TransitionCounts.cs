using Sim.Model.Population;

namespace Sim.Model.Engine;

/// <summary>How many birthday transitions left and entered employment and unemployment.</summary>
internal struct TransitionCounts
{
    public int FromEmployed;
    public int ToEmployed;
    public int FromUnemployed;
    public int ToUnemployed;

    /// <summary>Counts one transition from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Count(Activity before, Activity after)
    {
        if (before == after)
        {
            return;
        }

        FromEmployed += before == Activity.Employed ? 1 : 0;
        FromUnemployed += before == Activity.Unemployed ? 1 : 0;
        ToEmployed += after == Activity.Employed ? 1 : 0;
        ToUnemployed += after == Activity.Unemployed ? 1 : 0;
    }
}
