namespace Sim.Runtime.Tests.Types;

/// <summary>The columnar batch of the brief: 8 columns of one million persons.</summary>
public sealed record Columns(int[] Id, short[] BirthMonth, byte[] Sex, byte[] Region, byte[] Status, float[] Income, int[] Household, PersonRow[] Rows);
