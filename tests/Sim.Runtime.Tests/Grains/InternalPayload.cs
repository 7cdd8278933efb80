namespace Sim.Runtime.Tests.Grains;

internal sealed record InternalPayload(string Text, int[] Numbers);
