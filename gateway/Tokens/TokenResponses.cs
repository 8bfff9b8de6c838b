using System.Text.Json.Serialization;

namespace CpPlatform.Gateway.Tokens;

/// <summary>RFC 6749 section 5.1: a successful token response.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>RFC 6749 section 5.2: an error response (its own format, not problem details, as OAuth clients expect).</summary>
public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
