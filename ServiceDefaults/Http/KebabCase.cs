using System.Collections.Concurrent;
using System.Text.Json;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The kebab-case ids enums travel as in JSON, events and query strings (<c>HotelsTourism</c> ↔ <c>hotels-tourism</c>).</summary>
public static class KebabCase
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Enum>> ByName = new();

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var names = ByName.GetOrAdd(typeof(TEnum), _ => Enum.GetValues<TEnum>()
            .ToDictionary(member => Name(member), member => (Enum)member, StringComparer.Ordinal));
        if (text is not null && names.TryGetValue(text, out var found))
        {
            value = (TEnum)found;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Every id of <typeparamref name="TEnum"/>, for error messages that list the allowed values.</summary>
    public static string AllowedValues<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Name));
}
