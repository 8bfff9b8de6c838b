using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Events.Apis;

internal static class PersonValidation
{
    public static ValidationErrors Validate(PersonRequest? request)
    {
        var errors = new ValidationErrors();
        if (request is null)
        {
            errors.Add("body", "Required.");
            return errors;
        }
        errors.Check(Text.IsPresent(request.Name, 200), "name", "Required, at most 200 characters.");
        errors.Check(Text.IsEmail(request.Email), "email", "Required, an email address of at most 254 characters.");
        errors.Check(Text.IsAbsentOrFits(request.Organisation, 200), "organisation", "At most 200 characters.");
        errors.Check(request.Category is not null, "category", $"Required, one of: {KebabCase.AllowedValues<StakeholderCategory>()}.");
        if (request.Category == StakeholderCategory.Company)
        {
            errors.Check(request.EnterpriseId is not null, "enterpriseId", "Required for the company category: the enterprise the person attends for.");
        }
        else
        {
            errors.Check(request.EnterpriseId is null, "enterpriseId", "Only for the company category.");
        }
        return errors;
    }

    public static Person ToPerson(PersonRequest request) => new(
        request.Name!.Trim(), request.Email!.Trim(), Text.TrimmedOrNull(request.Organisation), request.Category!.Value, request.EnterpriseId);
}
