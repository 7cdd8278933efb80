using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sim.Model.Scenarios.Serialization;

/// <summary>Makes the converters of <see cref="LeverTimeline{T}"/>: an object from effective months to lever values.</summary>
internal sealed class LeverTimelineJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(LeverTimeline<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(LeverTimelineJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;
}
