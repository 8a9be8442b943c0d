using CrmSite.Secretariats.ContentTypes;

namespace CrmSite.Tests.Unit.Secretariats;

public sealed class TermPeriodTests
{
    private static readonly DateTime Jan2021 = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Dec2021 = new(2021, 12, 31, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jan2022 = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jun2021 = new(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Overlaps_IsFalse_WhenOneTermEndsTheDayBeforeTheNextStarts() =>
        Assert.False(new TermPeriod(Jan2021, Dec2021).Overlaps(new TermPeriod(Jan2022, null)));

    [Fact]
    public void Overlaps_IsFalse_WhenTheyShareOnlyTheHandOverDay() =>
        Assert.False(new TermPeriod(Jan2021, Dec2021).Overlaps(new TermPeriod(Dec2021, null)));

    [Fact]
    public void Overlaps_IsTrue_WhenOneStartsBeforeTheOtherEnds() =>
        Assert.True(new TermPeriod(Jan2021, Dec2021).Overlaps(new TermPeriod(Jun2021, null)));

    [Fact]
    public void Overlaps_IsTrue_WhenBothStartTheSameDay() =>
        Assert.True(new TermPeriod(Jan2021, null).Overlaps(new TermPeriod(Jan2021, Dec2021)));

    [Fact]
    public void Overlaps_IsFalse_WhenAnOpenStartedTermEndsTheDayTheNextStarts() =>
        Assert.False(new TermPeriod(null, Jun2021).Overlaps(new TermPeriod(Jun2021, Dec2021)));

    [Fact]
    public void Overlaps_TakesAnUnknownEndAsTheStartOnly_NotAsStillRunning() =>
        Assert.False(new TermPeriod(new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc), null).Overlaps(new TermPeriod(Jan2021, Dec2021)));

    [Fact]
    public void Overlaps_UsesTheEnd_WhenTheStartIsUnknown() =>
        Assert.True(new TermPeriod(null, Jun2021).Overlaps(new TermPeriod(Jan2021, Dec2021)));

    [Fact]
    public void Overlaps_IsFalse_WhenNeitherDateIsKnown() =>
        Assert.False(new TermPeriod(null, null).Overlaps(new TermPeriod(Jan2021, Dec2021)));

    [Fact]
    public void Covers_IsTrue_OnlyWhenBothEndsAreKnown()
    {
        Assert.True(new TermPeriod(Jan2021, Dec2021).Covers(Jun2021));
        Assert.False(new TermPeriod(Jan2021, null).Covers(Jun2021));
        Assert.False(new TermPeriod(Jan2021, Dec2021).Covers(Jan2022));
    }

    [Fact]
    public void SortDate_IsTheEnd_WhenTheStartIsUnknown() =>
        Assert.Equal(Jun2021, new TermPeriod(null, Jun2021).SortDate);
}
