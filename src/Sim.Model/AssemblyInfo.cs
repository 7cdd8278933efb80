using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Sim.Host")]
