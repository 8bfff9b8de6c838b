using System.Globalization;
using CpPlatform.Dashboard.Otlp.Proto.Common;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace CpPlatform.Dashboard.Otlp;

/// <summary>OTLP's wire forms in the dashboard's words: hex ids, UTC times, attributes as text.</summary>
internal static class OtlpValues
{
    public const string ServiceNameAttribute = "service.name";

    public static string? Hex(ByteString id) => id.IsEmpty || id.All(b => b == 0) ? null : Convert.ToHexStringLower(id.Span);

    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    public static Dictionary<string, string> Attributes(RepeatedField<KeyValue> attributes)
    {
        var result = new Dictionary<string, string>(attributes.Count);
        foreach (var attribute in attributes)
        {
            result[attribute.Key] = Text(attribute.Value);
        }
        return result;
    }

    public static string ServiceName(Proto.Resource.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(attribute => attribute.Key == ServiceNameAttribute) is { } name ? Text(name.Value) : "unknown";

    public static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(pair => $"{pair.Key}: {Text(pair.Value)}")) + "}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };
}
