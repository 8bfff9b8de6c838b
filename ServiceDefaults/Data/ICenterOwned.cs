namespace CpPlatform.ServiceDefaults.Data;

/// <summary>A row that belongs to one center: center clients only ever see their own center's rows.</summary>
public interface ICenterOwned
{
    string CenterId { get; }
}
