using CpPlatform.Gateway.Domain;

namespace CpPlatform.Gateway.Tests.Domain;

public class ClientIdsTests
{
    [Theory]
    [InlineData("Banco Río de la Plata", "banco-rio-de-la-plata")]
    [InlineData("  CP Center: Chihuahua!  ", "cp-center-chihuahua")]
    [InlineData("already-a_slug.v2", "already-a-slug-v2")]
    [InlineData("%%%", "client")]
    public void Ids_are_the_name_as_a_slug_plus_a_random_suffix(string name, string slug)
    {
        var id = ClientIds.From(name);

        Assert.Matches($"^{slug}-[a-z2-9]{{8}}$", id);
        Assert.NotEqual(id, ClientIds.From(name));
    }

    [Fact]
    public void Long_names_are_cut_so_ids_stay_short()
    {
        Assert.True(ClientIds.From(new string('a', 300)).Length <= 49);
    }
}
