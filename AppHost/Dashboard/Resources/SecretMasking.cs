using System.Text.RegularExpressions;

namespace CpPlatform.Dashboard.Resources;

/// <summary>
/// Environment values shown to operators without their secrets: keys, secrets, tokens and passwords are hidden whole,
/// and connection strings keep everything but their password (<c>Password=…</c>, <c>amqp://user:…@host</c>).
/// </summary>
public static partial class SecretMasking
{
    public const string Mask = "••••••";

    public static EnvironmentVariable Show(string name, string value)
    {
        if (SecretName().IsMatch(name))
        {
            return new EnvironmentVariable(name, Mask, true);
        }
        var masked = UrlPassword().Replace(PasswordSetting().Replace(value, $"$1{Mask}"), $"$1{Mask}@");
        return new EnvironmentVariable(name, masked, masked != value);
    }

    [GeneratedRegex(@"(secret|password|privatekey|private_key|token|apikey|api_key|otlp_headers)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();

    [GeneratedRegex(@"(\w+://[^:/@\s]+:)[^@\s]*@")]
    private static partial Regex UrlPassword();
}
