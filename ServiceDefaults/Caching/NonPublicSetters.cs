using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Lets cached domain objects round-trip whole: properties whose setters are private (state that only the domain's
/// own methods change) are restored too, without serialization attributes in the domain.
/// </summary>
internal static class NonPublicSetters
{
    public static readonly IJsonTypeInfoResolver Resolver = new DefaultJsonTypeInfoResolver { Modifiers = { IncludeNonPublicSetters } };

    private static void IncludeNonPublicSetters(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in typeInfo.Properties.Where(property => property.Set is null))
        {
            if (property.AttributeProvider is PropertyInfo { SetMethod: { } setter } info && !setter.IsPublic)
            {
                property.Set = (target, value) => info.SetValue(target, value);
            }
        }
    }
}
