namespace CpPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A local, read-only copy of what another service owns, stamped with the owner's revision so a late or repeated
/// message never overwrites newer data.
/// </summary>
public interface IRevisionedSnapshot
{
    long Revision { get; set; }
}
