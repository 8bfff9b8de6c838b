using CpPlatform.TestSupport;

namespace CpPlatform.Financing.Tests;

/// <summary>The financing service in-process, with its own database and virtual host on the real servers.</summary>
public class FinancingFactory() : ServiceFactory<Program>(FinancingServiceExtensions.DatabaseName);
