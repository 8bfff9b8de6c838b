using System.Text;
using CpPlatform.Gateway.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CpPlatform.Gateway.Tests.Tokens;

public class ClientCredentialsTests
{
    private static readonly FormCollection EmptyForm = new([]);

    [Fact]
    public void Basic_credentials_are_form_decoded_after_base64()
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("bank%3Aone:p%40ss+word"));

        var reading = ClientCredentials.Read(new StringValues(header), EmptyForm);

        Assert.Equal(new ClientCredentials("bank:one", "p@ss word"), reading.Credentials);
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Basic !!!not-base64")]
    [InlineData("Basic Y2xpZW50")] // "client", no colon
    public void An_unreadable_authorization_header_is_invalid_client(string header)
    {
        var reading = ClientCredentials.Read(new StringValues(header), EmptyForm);

        Assert.Null(reading.Credentials);
        Assert.Equal(TokenErrorCodes.InvalidClient, reading.Error);
    }

    [Fact]
    public void A_form_id_without_a_secret_is_not_enough()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["client_id"] = "center-app" });

        var reading = ClientCredentials.Read(StringValues.Empty, form);

        Assert.Null(reading.Credentials);
        Assert.Equal(TokenErrorCodes.InvalidClient, reading.Error);
    }
}
