using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// Latency distributions: in this process (with <see cref="SearchJobs.Toolchain"/>'s long time limit), one call an iteration so that every measurement is one call, 2,000 of
/// them after 200 warm-up calls, every one kept (no outlier removal) and no forced collection between them (the
/// collections a server has happen inside the calls, as they would). Adds P50, P95 and P99 and the differences
/// and ratios to the baseline's.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddJob(Job.Default
            .WithToolchain(SearchJobs.Toolchain)
            .WithLaunchCount(1)
            .WithWarmupCount(200)
            .WithIterationCount(2_000)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId("Latency"));
        AddColumn(
            StatisticColumn.P50,
            StatisticColumn.P95,
            new PercentileColumn(99, PercentileColumn.Against.Nothing),
            new PercentileColumn(50, PercentileColumn.Against.BaselineDifference),
            new PercentileColumn(99, PercentileColumn.Against.BaselineDifference),
            new PercentileColumn(99, PercentileColumn.Against.BaselineRatio));
    }
}
