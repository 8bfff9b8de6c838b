using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.ServiceDefaults.Tests.Data;

public class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("LegalName", "legal_name")]
    [InlineData("PublishResults_Granted", "publish_results_granted")]
    [InlineData("EmissionsTco2e", "emissions_tco2e")]
    [InlineData("PK_Enterprises", "pk_enterprises")]
    [InlineData("IX_enterprises_Country_TaxId", "ix_enterprises_country_tax_id")]
    [InlineData("HTMLParser", "html_parser")]
    [InlineData("already_snake", "already_snake")]
    public void Names_become_snake_case(string name, string expected) =>
        Assert.Equal(expected, SnakeCaseNamingConvention.ToSnakeCase(name));
}
