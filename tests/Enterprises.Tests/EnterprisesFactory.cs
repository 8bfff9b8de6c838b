using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests;

/// <summary>The enterprises service in-process, with its own database and virtual host on the real servers.</summary>
public class EnterprisesFactory() : ServiceFactory<Program>(EnterprisesServiceExtensions.DatabaseName);
