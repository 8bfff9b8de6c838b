using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Lets cached domain objects round-trip whole: properties whose setters are private (state that only the domain's
/// own methods change) are restored too, and a type built only through its own factory methods (no public
/// constructor, a private parameterless one, as EF Core materializes it) is created, without serialization
/// attributes in the domain.
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
        if (typeInfo.CreateObject is null && typeInfo.Type.GetConstructors().Length == 0
            && typeInfo.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
        {
            typeInfo.CreateObject = () => constructor.Invoke(null);
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
