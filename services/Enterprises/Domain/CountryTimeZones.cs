namespace CpPlatform.Enterprises.Domain;

/// <summary>
/// The zone a center gets when it names none: its country's main IANA zone (where the capital and most people are).
/// Countries the program works in, Latin America and the Caribbean, and a few partners; a center elsewhere, or in a
/// country's other zone (Chihuahua, Baja California), says which.
/// </summary>
public static class CountryTimeZones
{
    private static readonly Dictionary<string, string> MainZone = new(StringComparer.Ordinal)
    {
        ["AG"] = "America/Antigua", ["AI"] = "America/Anguilla", ["AR"] = "America/Argentina/Buenos_Aires", ["AW"] = "America/Aruba",
        ["BB"] = "America/Barbados", ["BO"] = "America/La_Paz", ["BR"] = "America/Sao_Paulo", ["BS"] = "America/Nassau",
        ["BZ"] = "America/Belize", ["CA"] = "America/Toronto", ["CL"] = "America/Santiago", ["CO"] = "America/Bogota",
        ["CR"] = "America/Costa_Rica", ["CU"] = "America/Havana", ["CW"] = "America/Curacao", ["DE"] = "Europe/Berlin",
        ["DM"] = "America/Dominica", ["DO"] = "America/Santo_Domingo", ["EC"] = "America/Guayaquil", ["ES"] = "Europe/Madrid",
        ["GD"] = "America/Grenada", ["GT"] = "America/Guatemala", ["GY"] = "America/Guyana", ["HN"] = "America/Tegucigalpa",
        ["HT"] = "America/Port-au-Prince", ["JM"] = "America/Jamaica", ["KN"] = "America/St_Kitts", ["LC"] = "America/St_Lucia",
        ["MX"] = "America/Mexico_City", ["NI"] = "America/Managua", ["PA"] = "America/Panama", ["PE"] = "America/Lima",
        ["PR"] = "America/Puerto_Rico", ["PY"] = "America/Asuncion", ["SR"] = "America/Paramaribo", ["SV"] = "America/El_Salvador",
        ["TT"] = "America/Port_of_Spain", ["US"] = "America/New_York", ["UY"] = "America/Montevideo", ["VC"] = "America/St_Vincent",
        ["VE"] = "America/Caracas",
    };

    /// <summary>The country's main zone, or null when the platform knows none for it.</summary>
    public static string? MainZoneOf(string country) => MainZone.GetValueOrDefault(country);
}
