using CpPlatform.TestSupport;

namespace CpPlatform.Events.Tests;

/// <summary>The events service in-process, with its own database and virtual host on the real servers.</summary>
public class EventsFactory() : ServiceFactory<Program>(EventsServiceExtensions.DatabaseName);
