using System.Globalization;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// How many elements one request array may hold. Every array of every API has one, chosen for the field's use and
/// listed in the README, so no request makes a service loop, store or answer without bound (the body size limit is
/// only the outer bound: a mebibyte holds a quarter of a million tiny elements).
/// </summary>
/// <param name="Items">What the elements are, plural, as error messages name them (<c>agenda items</c>).</param>
public sealed record CollectionRule(int Min, int Max, string Items)
{
    public bool Allows(int count) => count >= Min && count <= Max;

    public override string ToString() => Min > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Min} to {Max:N0} {Items}")
        : string.Create(CultureInfo.InvariantCulture, $"at most {Max:N0} {Items}");
}
