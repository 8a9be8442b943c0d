using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The in-process job of <c>QuickInProcessJobAttribute</c> (one launch, one warm-up, five iterations) with room
/// for a long setup: the first search benchmark run on a build builds the prepared corpus (about 15 minutes for
/// 100,000 sheets), and a case that takes longer than the in-process toolchain's default five minutes is killed.
/// </summary>
public static class SearchJobs
{
    public static readonly InProcessEmitToolchain Toolchain = new(TimeSpan.FromMinutes(60), logOutput: true);

    public static Job Quick(bool singleInvocation)
    {
        var job = Job.Default
            .WithToolchain(Toolchain)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("InProcess");
        return singleInvocation ? job.WithInvocationCount(1).WithUnrollFactor(1) : job;
    }
}
