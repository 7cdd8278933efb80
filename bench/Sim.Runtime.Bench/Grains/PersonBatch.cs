namespace Sim.Runtime.Bench.Grains;

/// <summary>A struct-of-arrays batch of persons: 8 columns, 19 bytes per person.</summary>
public sealed record PersonBatch(
    int[] Id,
    short[] BirthMonth,
    byte[] Sex,
    byte[] Region,
    byte[] Status,
    float[] Income,
    int[] Household,
    short[] Flags)
{
    public static PersonBatch Create(int count)
    {
        var b = new PersonBatch(new int[count], new short[count], new byte[count], new byte[count], new byte[count], new float[count], new int[count], new short[count]);
        for (var i = 0; i < count; i++)
        {
            b.Id[i] = i;
            b.BirthMonth[i] = (short)(i % 1200);
            b.Sex[i] = (byte)(i & 1);
            b.Region[i] = (byte)(i % 20);
            b.Status[i] = (byte)(i % 7);
            b.Income[i] = i * 0.5f;
            b.Household[i] = i / 3;
            b.Flags[i] = (short)(i % 16);
        }

        return b;
    }
}
