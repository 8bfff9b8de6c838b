using System.Text;
using CpPlatform.Gateway.Tokens;
using Microsoft.AspNetCore.Http;

namespace CpPlatform.Gateway.Tests.Tokens;

/// <summary>The client id a token request is counted under by the per-client rate limit.</summary>
public class TokenRequestClientIdTests
{
    [Theory]
    [InlineData("banco-uno-abcd2345:secret", "banco-uno-abcd2345")]
    [InlineData("banco%20uno:secret", "banco uno")]
    [InlineData("banco+uno:secret", "banco uno")]
    [InlineData("id:with:colons", "id")]
    [InlineData(":secret-only", null)]
    [InlineData("no-colon", null)]
    public void Basic_credentials_name_the_form_encoded_client_id_before_the_first_colon(string credentials, string? clientId)
    {
        var request = Request(basic: Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

        Assert.Equal(clientId, TokenRequestClientId.Read(request));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("")]
    public void A_basic_header_that_is_not_base64_names_no_client(string parameter)
    {
        Assert.Null(TokenRequestClientId.Read(Request(basic: parameter)));
    }

    [Fact]
    public void An_overlong_basic_header_names_no_client_without_decoding_it()
    {
        var huge = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('a', 1_000) + ":secret"));

        Assert.Null(TokenRequestClientId.Read(Request(basic: huge)));
    }

    [Theory]
    [InlineData("grant_type=client_credentials&client_id=banco-uno&client_secret=s", "banco-uno")]
    [InlineData("grant_type=client_credentials&client_secret=s", null)]
    [InlineData("client_id=", null)]
    public void A_form_names_its_client_id(string form, string? clientId)
    {
        Assert.Equal(clientId, TokenRequestClientId.Read(Request(form: form)));
    }

    [Fact]
    public void A_form_client_id_over_200_characters_names_no_client()
    {
        Assert.Null(TokenRequestClientId.Read(Request(form: $"client_id={new string('a', 201)}")));
    }

    [Fact]
    public void A_request_with_neither_names_no_client()
    {
        Assert.Null(TokenRequestClientId.Read(Request()));
    }

    private static HttpRequest Request(string? basic = null, string? form = null)
    {
        var context = new DefaultHttpContext();
        if (basic is not null)
        {
            context.Request.Headers.Authorization = $"Basic {basic}";
        }
        if (form is not null)
        {
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(form));
        }
        return context.Request;
    }
}
