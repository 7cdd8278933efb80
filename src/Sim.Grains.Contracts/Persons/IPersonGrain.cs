using Orleans;

namespace Sim.Grains.Persons;

/// <summary>
/// The addressable identity of one person of a live run (key <c>RunId/personId</c>), activated on demand for
/// inspection. Its state lives in its region's columns; see <c>PersonGrain</c> for how it is found.
/// </summary>
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>The person's current profile (null if not resident anywhere: dead, emigrated, never existed) and history.</summary>
    Task<PersonInspection> InspectAsync();
}
