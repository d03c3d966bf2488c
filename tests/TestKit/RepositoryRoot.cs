namespace CultureHub.TestKit;

/// <summary>Finds the repository root (the folder holding CultureHub.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CultureHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CultureHub.sln not found above " + AppContext.BaseDirectory);
    }
}
