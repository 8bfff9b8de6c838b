using System.Net.Http.Headers;
using System.Text;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// The client id a token request names, from its HTTP Basic header or its form (RFC 6749 section 2.3.1), read only to
/// count it: OpenIddict reads and checks the request itself afterwards.
/// </summary>
internal static class TokenRequestClientId
{
    private const int MaxLength = 200;

    public static string? Read(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return FromBasic(header.Parameter);
        }
        if (!request.HasFormContentType)
        {
            return null;
        }
        try
        {
            // The form is small (ASP.NET Core's limits apply) and kept, so OpenIddict reads the same one again.
            return request.Form["client_id"].ToString() is { Length: > 0 and <= MaxLength } formId ? formId : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? FromBasic(string? parameter)
    {
        if (string.IsNullOrEmpty(parameter) || parameter.Length > 4 * MaxLength)
        {
            return null;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':');
            return colon > 0 ? Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
