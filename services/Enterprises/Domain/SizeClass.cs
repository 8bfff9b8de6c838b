namespace CpPlatform.Enterprises.Domain;

public enum SizeClass
{
    Micro,
    Small,
    Medium,
    Large,
}
