using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Model.Scenarios.Serialization;

/// <summary>A <see cref="YearMonth"/> as <c>"YYYY-MM"</c>, also as a property name.</summary>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.Parse(reader.GetString() ?? throw new JsonException("a month must be a string"));

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
