using BenchmarkDotNet.Running;

namespace CrmSite.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's switcher selects. Not a top-level Program: that name belongs to the
/// site's entry point, which WebApplicationFactory&lt;Program&gt; starts.
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
