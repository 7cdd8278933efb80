namespace Sim.Model.Engine;

/// <summary>The group of a flow row.</summary>
public enum FlowGroup : byte
{
    /// <summary>Citizens moving on their own.</summary>
    Citizen = 0,

    /// <summary>Foreign residents moving on their own.</summary>
    Foreigner = 1,

    /// <summary>Participants of the state relocation programme.</summary>
    RelocationProgramme = 2,
}
