using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Model.Scenarios.Serialization;

/// <summary>A <see cref="LeverTimeline{T}"/> as an object from effective months to complete lever values.</summary>
/// <typeparam name="T">The lever record.</typeparam>
internal sealed class LeverTimelineJsonConverter<T> : JsonConverter<LeverTimeline<T>>
    where T : class
{
    public override LeverTimeline<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<YearMonth, T>>(ref reader, options)
            ?? throw new JsonException("a lever timeline must be an object"));

    public override void Write(Utf8JsonWriter writer, LeverTimeline<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (month, lever) in value.Changes)
        {
            writer.WritePropertyName(month.ToString());
            JsonSerializer.Serialize(writer, lever, options);
        }

        writer.WriteEndObject();
    }
}
