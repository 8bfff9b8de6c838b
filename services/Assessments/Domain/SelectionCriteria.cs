namespace CpPlatform.Assessments.Domain;

/// <summary>The four conditions a plant must meet to become a demonstration project.</summary>
public sealed record SelectionCriteria(bool IsSme, bool LocallySignificantImpact, bool PublishResultsConsent, bool ManagementCommitment)
{
    /// <summary>The id of each criterion that does not hold, in the order DOMAIN.md lists them.</summary>
    public IReadOnlyList<string> Failed()
    {
        var failed = new List<string>();
        if (!IsSme)
        {
            failed.Add("sme");
        }
        if (!LocallySignificantImpact)
        {
            failed.Add("locally-significant-impact");
        }
        if (!PublishResultsConsent)
        {
            failed.Add("publish-results-consent");
        }
        if (!ManagementCommitment)
        {
            failed.Add("management-commitment");
        }
        return failed;
    }

    public bool AllHold => Failed().Count == 0;
}
