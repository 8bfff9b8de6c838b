using System.Security.Cryptography;

namespace CpPlatform.AppHost;

/// <summary>
/// Where the platform keeps its state on this machine (<c>CP_DATA_DIR</c>, default <c>.cpdata/</c> at the repository
/// root): the servers' data and the secrets made on the first run, readable by the owner only and reused after.
/// </summary>
public sealed class PlatformData
{
    private PlatformData(string directory, string repositoryRoot)
    {
        Directory = directory;
        RepositoryRoot = repositoryRoot;
    }

    public string Directory { get; }
    public string RepositoryRoot { get; }
    public string ServersDirectory => Path.Combine(Directory, "servers");

    public static PlatformData From(IDistributedApplicationBuilder builder)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var configured = builder.Configuration["CP_DATA_DIR"];
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(repositoryRoot, ".cpdata") : configured);
        System.IO.Directory.CreateDirectory(directory);
        return new PlatformData(directory, repositoryRoot);
    }

    /// <summary>A random password made on the first run (letters and digits only: it travels in connection strings).</summary>
    public string Password(string name) =>
        ReadOrCreate(Path.Combine("secrets", name), () => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());

    /// <summary>The file's content, made by <paramref name="create"/> and written owner-only when it does not exist yet.</summary>
    public string ReadOrCreate(string relativePath, Func<string> create)
    {
        var path = Path.Combine(Directory, relativePath);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(content);
        }
        return content;
    }
}
