using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Gateway.Tests.Domain;

public class ClientScopesTests
{
    [Fact]
    public void Default_scopes_follow_the_kind_and_scopes_are_normalized()
    {
        Assert.Equal(["enterprises", "assessments", "training", "events", "monitoring"], ClientScopes.DefaultFor(ClientKind.Center));
        Assert.Equal(["financing"], ClientScopes.DefaultFor(ClientKind.Bank));
        Assert.Equal(["monitoring"], ClientScopes.DefaultFor(ClientKind.Donor));
        Assert.Equal(ClientScopes.All, ClientScopes.DefaultFor(ClientKind.National));
        Assert.Equal(ClientScopes.All, ClientScopes.DefaultFor(ClientKind.Admin));
        Assert.Equal(["enterprises", "financing"], ClientScopes.Normalize(["financing", "enterprises", "financing", "bogus"]));
    }

    [Fact]
    public void A_donor_may_have_only_monitoring_and_a_bank_anything_but_monitoring()
    {
        Assert.Equal(["monitoring"], ClientScopes.AllowedFor(ClientKind.Donor));
        Assert.Equal(["enterprises", "assessments", "training", "events", "financing"], ClientScopes.AllowedFor(ClientKind.Bank));
        Assert.Equal(ClientScopes.All, ClientScopes.AllowedFor(ClientKind.Center));
        Assert.Equal(ClientScopes.All, ClientScopes.AllowedFor(ClientKind.National));
        Assert.Equal(ClientScopes.All, ClientScopes.AllowedFor(ClientKind.Admin));
    }

    [Theory]
    [InlineData(ClientKind.Center)]
    [InlineData(ClientKind.Bank)]
    [InlineData(ClientKind.National)]
    [InlineData(ClientKind.Admin)]
    [InlineData(ClientKind.Donor)]
    public void A_kinds_defaults_are_within_what_it_may_have(ClientKind kind)
    {
        Assert.All(ClientScopes.DefaultFor(kind), scope => Assert.Contains(scope, ClientScopes.AllowedFor(kind)));
    }
}
