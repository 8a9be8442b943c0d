using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmSite.Benchmarks.Hosting;

/// <summary>
/// One launch, one warm-up and five measured iterations, run in this process: the site and the baseline servers
/// live here anyway, and a generated out-of-process project would inherit the repository's build rules.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QuickInProcessJobAttribute : JobConfigBaseAttribute
{
    /// <param name="singleInvocation">One call an iteration, for benchmarks that need a fresh database each time.</param>
    public QuickInProcessJobAttribute(bool singleInvocation = false)
        : base(Create(singleInvocation)) => SingleInvocation = singleInvocation;

    public bool SingleInvocation { get; }

    private static Job Create(bool singleInvocation)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("InProcess");
        return singleInvocation ? job.WithInvocationCount(1).WithUnrollFactor(1) : job;
    }
}
