using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.ServiceDefaults.Tests.Http;

public class CollectionValidationTests
{
    private static readonly CollectionRule Regions = new(0, 3, "regions");
    private static readonly CollectionRule Agenda = new(1, 2, "agenda items");

    [Fact]
    public void Too_many_elements_are_one_error_on_the_array_and_the_elements_are_not_looked_at()
    {
        var errors = Check(["", "", "", ""], Regions);

        Assert.Equal(new Dictionary<string, string[]> { ["regions"] = ["When given: at most 3 regions."] }, errors.ToDictionary());
    }

    [Fact]
    public void A_required_array_may_be_neither_absent_nor_below_its_minimum()
    {
        var absent = new ValidationErrors();
        absent.Collection<string>(null, "agenda", Agenda, item => true, "Any.");
        var empty = new ValidationErrors();
        empty.Collection<string>([], "agenda", Agenda, item => true, "Any.");

        Assert.Equal(["Required: 1 to 2 agenda items."], absent.ToDictionary()["agenda"]);
        Assert.Equal(["Required: 1 to 2 agenda items."], empty.ToDictionary()["agenda"]);
    }

    [Fact]
    public void An_optional_array_may_be_absent()
    {
        Assert.False(Check(null, Regions).Any);
    }

    [Fact]
    public void Each_element_is_checked_by_its_own_rule_and_named_by_its_index()
    {
        var errors = Check(["Chihuahua", null, " "], Regions);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["regions[1]"] = ["Must not be null."],
            ["regions[2]"] = ["1 to 100 characters."],
        }, errors.ToDictionary());
    }

    [Fact]
    public void A_repeated_key_names_the_later_element_and_the_first()
    {
        var errors = Check(["Chihuahua", "Sonora", "chihuahua"], Regions);

        Assert.Equal(new Dictionary<string, string[]> { ["regions[2]"] = ["Repeats regions[0]."] }, errors.ToDictionary());
    }

    [Fact]
    public void Elements_with_several_fields_name_each_field_under_their_path()
    {
        var errors = new ValidationErrors();
        errors.Collection<(string Name, string Email)>([("Ana", "ana@cdn.mx"), ("", "nobody")], "contacts", new CollectionRule(0, 5, "contacts"), (contact, path) =>
        {
            errors.Check(contact.Name.Length > 0, $"{path}.name", "Required.");
            errors.Check(contact.Email.Contains('@'), $"{path}.email", "Must be an e-mail address.");
        }, optional: true);

        Assert.Equal(["contacts[1].email", "contacts[1].name"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    private static ValidationErrors Check(IReadOnlyList<string?>? regions, CollectionRule rule)
    {
        var errors = new ValidationErrors();
        errors.Collection(regions, "regions", rule, region => Text.IsPresent(region, 100), "1 to 100 characters.",
            duplicateKey: region => region.Trim().ToUpperInvariant(), optional: true);
        return errors;
    }
}
