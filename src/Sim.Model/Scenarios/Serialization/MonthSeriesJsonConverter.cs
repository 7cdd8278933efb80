using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Model.Scenarios.Serialization;

/// <summary>A <see cref="MonthSeries"/> as an object from months to values, in month order.</summary>
internal sealed class MonthSeriesJsonConverter : JsonConverter<MonthSeries>
{
    public override MonthSeries Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<YearMonth, double>>(ref reader, options)
            ?? throw new JsonException("a month series must be an object"));

    public override void Write(Utf8JsonWriter writer, MonthSeries value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (month, v) in value.Points)
        {
            writer.WriteNumber(month.ToString(), v);
        }

        writer.WriteEndObject();
    }
}
