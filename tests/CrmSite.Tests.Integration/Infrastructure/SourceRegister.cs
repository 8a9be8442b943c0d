namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>
/// The project's register of sourced facts (<c>docs/sources/crm-facts.md</c>). Seed tests check that every seeded
/// figure and URL is written there, so a figure cannot be seeded without a source the register records.
/// </summary>
public static class SourceRegister
{
    private static readonly Lazy<string> Content = new(() => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "sources", "crm-facts.md")));

    public static string Text => Content.Value;

    /// <summary>Part A (verified facts) only: Part B lists what must not be seeded as fact.</summary>
    public static string Verified => Text[..Text.IndexOf("## Part B", StringComparison.Ordinal)];

    public static void AssertVerified(string fragment, string what) =>
        Assert.True(Verified.Contains(fragment, StringComparison.Ordinal), $"{what}: '{fragment}' is not in Part A of docs/sources/crm-facts.md.");
}
