using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Model.Scenarios.Serialization;

/// <summary>
/// Turns a typed <see cref="Scenario"/> (with its data tables) into bytes and back exactly: UTF-8 JSON of the typed
/// values (System.Text.Json writes doubles in their shortest round-trip form). This is how a scenario travels as
/// data, e.g. to a silo on another host, which then needs no scenario files.
/// </summary>
public static class ScenarioSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new YearMonthJsonConverter(), new MonthSeriesJsonConverter(), new LeverTimelineJsonConverterFactory() },
    };

    /// <summary>The scenario as UTF-8 JSON bytes.</summary>
    public static byte[] ToBytes(Scenario scenario) => JsonSerializer.SerializeToUtf8Bytes(scenario, Options);

    /// <summary>The scenario the bytes of <see cref="ToBytes"/> stand for.</summary>
    public static Scenario FromBytes(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<Scenario>(bytes, Options) ?? throw new JsonException("the bytes hold no scenario");
}
