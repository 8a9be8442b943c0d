using Lucene.Net.Util;

namespace CrmSite.Tests.Integration.Search;

/// <summary>A clock for Lucene's time limit that moves one tick each time it is read, so a search runs out at a known hit.</summary>
public sealed class SteppingClock : Counter
{
    private long _ticks;

    public override long Value => Interlocked.Increment(ref _ticks);

    public override long AddAndGet(long delta) => Interlocked.Add(ref _ticks, delta);
}
