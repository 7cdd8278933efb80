using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Sim.Host")]
[assembly: InternalsVisibleTo("Sim.Scenarios")]
