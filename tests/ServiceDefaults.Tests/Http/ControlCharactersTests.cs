using System.Text.Json;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class ControlCharactersTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new ControlCharacters.RefusingConverter() } };

    [Fact]
    public void A_validation_problem_is_written_with_its_fields_as_keys()
    {
        var options = new JsonOptions().SerializerOptions;
        JsonConventions.Apply(options);
        options.Converters.Add(new ControlCharacters.RefusingConverter());

        var json = JsonSerializer.Serialize(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["centerId"] = ["Must be a slug."] }), options);

        Assert.Contains("""
            "errors":{"centerId":["Must be a slug."]}
            """, json);
    }

    [Fact]
    public void Control_characters_are_refused_in_keys_as_in_values()
    {
        Assert.Throws<ControlCharacterException>(() => JsonSerializer.Deserialize<Dictionary<string, string>>("""{"a\u0000b":"x"}""", Options));
        Assert.Throws<ControlCharacterException>(() => JsonSerializer.Deserialize<Dictionary<string, string>>("""{"ab":"x\u0007"}""", Options));
        Assert.Equal("x", JsonSerializer.Deserialize<Dictionary<string, string>>("""{"ab":"x"}""", Options)!["ab"]);
    }
}
