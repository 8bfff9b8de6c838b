namespace CpPlatform.Monitoring.Domain;

/// <summary>How a measure turns the activities of a window into one figure.</summary>
public enum MeasureCount
{
    /// <summary>Every activity that counts.</summary>
    Activities,

    /// <summary>Each person once, however many activities name them.</summary>
    DistinctPeople,

    /// <summary>Each group (an event, a project) once.</summary>
    DistinctGroups,

    /// <summary>Each enterprise once.</summary>
    DistinctEnterprises,

    /// <summary>The sum of the activities' amounts.</summary>
    SumOfAmounts,

    /// <summary>Activities of one kind per hundred of another (a percent).</summary>
    Ratio,

    /// <summary>A level rather than a flow: every activity that counts from before the window up to its end.</summary>
    Level,

    /// <summary>The values staff reported for periods whose last day falls in the window.</summary>
    Reported,
}
