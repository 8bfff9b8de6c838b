using System.Security.Cryptography;
using System.Text;

namespace CpPlatform.Gateway.Domain;

/// <summary>Client ids people can read in logs: the name as a slug plus a random suffix (<c>banco-uno-k3f9x2qa</c>).</summary>
public static class ClientIds
{
    private const string SuffixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int SuffixLength = 8;
    private const int MaxSlugLength = 40;

    // Invariant globalization leaves string.Normalize without the data to strip accents: fold the common Latin ones here.
    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçý";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuncy";

    public static string From(string name)
    {
        var slug = Slug(name);
        var suffix = RandomNumberGenerator.GetString(SuffixAlphabet, SuffixLength);
        return slug.Length == 0 ? $"client-{suffix}" : $"{slug}-{suffix}";
    }

    private static string Slug(string name)
    {
        var builder = new StringBuilder(MaxSlugLength);
        foreach (var original in name.ToLowerInvariant())
        {
            var accent = Accented.IndexOf(original);
            var character = accent < 0 ? original : Plain[accent];
            if (builder.Length == MaxSlugLength)
            {
                break;
            }
            if (character is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(character);
            }
            else if (char.IsWhiteSpace(character) || character is '-' or '_' or '.')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
            // Anything else (punctuation, other scripts) is dropped.
        }
        return builder.ToString().Trim('-');
    }
}
