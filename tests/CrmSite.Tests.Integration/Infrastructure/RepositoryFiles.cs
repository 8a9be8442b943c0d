namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>Finds files of the repository (recipes) and of the shared test data beside it (Orchard samples, seed texts).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Recipe(string fileName) => Path.Combine(Root, "recipes", fileName);

    /// <summary>A real Orchard Core recipe from <c>../shared/orchard-samples</c>; skips outside CI when it is absent.</summary>
    public static string OrchardSample(string fileName) => Shared("orchard-samples", fileName);

    /// <summary>A seed text the content was written from (<c>../shared/seeds</c>); skips outside CI when it is absent.</summary>
    public static string Seed(string fileName) => Shared("seeds", fileName);

    private static string Shared(string folder, string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", folder, fileName));
        if (!File.Exists(path))
        {
            Assert.False(TestStores.IsCi, $"The shared file {path} is missing.");
            Skip.If(true, $"The shared file {path} is not beside this checkout.");
        }
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CrmSite.sln not found above " + AppContext.BaseDirectory);
    }
}
