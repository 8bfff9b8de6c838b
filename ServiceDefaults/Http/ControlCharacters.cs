using System.Text.Json;
using System.Text.Json.Serialization;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// Text never carries C0 control characters other than tab, CR and LF: PostgreSQL refuses NUL outright, and the rest
/// only hide things in logs, exports and terminals. Checked once at the edge, for JSON strings and query strings.
/// </summary>
public static class ControlCharacters
{
    public const string Rule = "Must not contain control characters.";

    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (character < ' ' && character is not ('\t' or '\r' or '\n') || character == '\u007f')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads JSON strings as usual but refuses control characters; the serializer adds the field's JSON path.</summary>
    internal sealed class RefusingConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is not null && Contains(text) ? throw new ControlCharacterException() : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        // Dictionary keys are strings too (a validation problem's errors, by field): without these the serializer
        // refuses a custom string converter as a key converter, and the first such answer of a process became a 500.
        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options)!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);
    }
}

/// <summary>A JSON string held a control character; <see cref="JsonException.Path"/> names where.</summary>
public sealed class ControlCharacterException() : JsonException(ControlCharacters.Rule);
