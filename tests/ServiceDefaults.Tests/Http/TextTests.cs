using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class TextTests
{
    [Theory]
    [InlineData("ana@example.org", true)]
    [InlineData(" ana@example.org ", true)]
    [InlineData("ana@example", false)]
    [InlineData("ana@@example.org", false)]
    [InlineData("ana maria@example.org", false)]
    [InlineData("@example.org", false)]
    [InlineData(null, false)]
    public void An_email_needs_one_at_sign_a_dotted_domain_and_no_spaces(string? email, bool valid) => Assert.Equal(valid, Text.IsEmail(email));

    [Theory]
    [InlineData("MX", true)]
    [InlineData("mx", true)]
    [InlineData("MEX", false)]
    [InlineData("M1", false)]
    public void A_country_is_two_letters(string country, bool valid) => Assert.Equal(valid, Text.IsCountry(country));

    [Theory]
    [InlineData("mx-chihuahua", true)]
    [InlineData("leather-tanning", true)]
    [InlineData("Mx-Chihuahua", false)]
    [InlineData("mx--chihuahua", false)]
    [InlineData("-mx", false)]
    public void A_slug_is_lower_case_words_joined_by_single_hyphens(string slug, bool valid) => Assert.Equal(valid, Text.IsSlug(slug, 40));

    [Fact]
    public void Present_text_fits_its_length_once_trimmed()
    {
        Assert.True(Text.IsPresent("  abc  ", 3));
        Assert.False(Text.IsPresent("abcd", 3));
        Assert.False(Text.IsPresent("   ", 3));
        Assert.True(Text.IsAbsentOrFits(null, 3));
        Assert.Null(Text.TrimmedOrNull("  "));
    }
}
