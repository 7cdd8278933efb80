using System.Globalization;
using Xunit.Sdk;

namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>Value-by-value comparison of columns with a message that names the first differing rows.</summary>
internal static class ValueAssert
{
    /// <summary>Equal values of the same CLR type; floats must match bit for bit (so -0 differs from 0), any NaN matches any NaN.</summary>
    public static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (float x, float y) => (float.IsNaN(x) && float.IsNaN(y)) || BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y),
        (double x, double y) => (double.IsNaN(x) && double.IsNaN(y)) || BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        _ => SameStatistic(expected, actual),
    };

    /// <summary>Like <see cref="Same"/>, but -0 equals +0: Parquet statistics may store either for a zero bound.</summary>
    public static bool SameStatistic(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        _ => expected.GetType() == actual.GetType() && expected.Equals(actual),
    };

    public static void Column(string what, IReadOnlyList<object?> expected, IReadOnlyList<object?> actual)
    {
        if (expected.Count != actual.Count)
        {
            throw new XunitException($"{what}: expected {expected.Count} values, got {actual.Count}");
        }

        var bad = Enumerable.Range(0, expected.Count).Where(i => !Same(expected[i], actual[i])).ToArray();
        if (bad.Length > 0)
        {
            var shown = bad.Take(5).Select(i => $"  row {i}: expected {Format(expected[i])}, got {Format(actual[i])}");
            throw new XunitException($"{what}: {bad.Length} of {expected.Count} values differ\n{string.Join('\n', shown)}");
        }
    }

    public static string Format(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        string s => $"\"{s}\"",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + $" ({value.GetType().Name})",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + " (Single)",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + " (Double)",
        _ => string.Create(CultureInfo.InvariantCulture, $"{value} ({value.GetType().Name})"),
    };
}
