using CpPlatform.TestSupport;

namespace CpPlatform.Monitoring.Tests;

/// <summary>The monitoring service in-process, with its own database and virtual host on the real servers.</summary>
public class MonitoringFactory() : ServiceFactory<Program>(MonitoringServiceExtensions.DatabaseName);
