using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// The client's id and secret from an HTTP Basic header or from the form (RFC 6749 section 2.3.1), or why they
/// could not be read. Using both methods at once is refused, as the RFC requires.
/// </summary>
internal sealed record ClientCredentials(string ClientId, string Secret)
{
    public static CredentialsReading Read(StringValues authorization, IFormCollection form)
    {
        var formId = form["client_id"].ToString();
        var formSecret = form["client_secret"].ToString();
        if (StringValues.IsNullOrEmpty(authorization))
        {
            return formId.Length > 0 && formSecret.Length > 0
                ? CredentialsReading.Of(new ClientCredentials(formId, formSecret))
                : CredentialsReading.Missing("Client authentication is required: HTTP Basic, or client_id and client_secret in the form.");
        }

        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || DecodeBasic(header.Parameter) is not { } basic)
        {
            return CredentialsReading.BadHeader("The Authorization header must be HTTP Basic with the client id and secret.");
        }
        if (formSecret.Length > 0 || (formId.Length > 0 && formId != basic.ClientId))
        {
            return CredentialsReading.Ambiguous("Authenticate with the Basic header or with the form, not both.");
        }
        return CredentialsReading.Of(basic);
    }

    /// <summary>Basic credentials are form-encoded before base64 (RFC 6749 section 2.3.1), so decode both layers.</summary>
    private static ClientCredentials? DecodeBasic(string? parameter)
    {
        if (string.IsNullOrEmpty(parameter))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return null;
        }
        var colon = decoded.IndexOf(':');
        if (colon <= 0 || colon == decoded.Length - 1)
        {
            return null;
        }
        return new ClientCredentials(FormDecode(decoded[..colon]), FormDecode(decoded[(colon + 1)..]));
    }

    private static string FormDecode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}

/// <summary>The outcome of reading client credentials: the credentials, or the RFC 6749 error to answer.</summary>
internal sealed record CredentialsReading(ClientCredentials? Credentials, string? Error, string? Description)
{
    public static CredentialsReading Of(ClientCredentials credentials) => new(credentials, null, null);
    public static CredentialsReading Missing(string description) => new(null, TokenError.InvalidClient, description);
    public static CredentialsReading BadHeader(string description) => new(null, TokenError.InvalidClient, description);
    public static CredentialsReading Ambiguous(string description) => new(null, TokenError.InvalidRequest, description);
}
