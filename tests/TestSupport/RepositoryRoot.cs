namespace CpPlatform.TestSupport;

public static class RepositoryRoot
{
    /// <summary>The checkout's root folder (the one holding CpPlatform.sln), found from the test assembly's folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CpPlatform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No CpPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
