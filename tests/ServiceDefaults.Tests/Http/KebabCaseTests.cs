using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class KebabCaseTests
{
    private enum Sample
    {
        HotelsTourism,
        NonMetallicMinerals,
    }

    [Fact]
    public void Enum_members_map_to_and_from_kebab_case_ids()
    {
        Assert.Equal("non-metallic-minerals", KebabCase.Name(Sample.NonMetallicMinerals));
        Assert.True(KebabCase.TryParse<Sample>("hotels-tourism", out var parsed));
        Assert.Equal(Sample.HotelsTourism, parsed);
        Assert.False(KebabCase.TryParse<Sample>("HotelsTourism", out _));
        Assert.Equal("hotels-tourism, non-metallic-minerals", KebabCase.AllowedValues<Sample>());
    }

    [Fact]
    public void Paging_defaults_and_limits()
    {
        var errors = new ValidationErrors();

        var defaults = PageRequest.From(null, null, errors);
        PageRequest.From(0, 101, errors);

        Assert.Equal(new PageRequest(1, 20), defaults);
        Assert.Equal(["page", "pageSize"], errors.ToDictionary().Keys.Order());
    }
}
