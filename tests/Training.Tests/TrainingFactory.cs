using CpPlatform.TestSupport;

namespace CpPlatform.Training.Tests;

/// <summary>The training service in-process, with its own database and virtual host on the real servers.</summary>
public class TrainingFactory() : ServiceFactory<Program>(TrainingServiceExtensions.DatabaseName);
