namespace CrmSite.Benchmarks;

/// <summary>Marks this assembly for BenchmarkDotNet's switcher.</summary>
public static class BenchmarkEntry;
