using CrmSite.Content.Media;

namespace CrmSite.Tests.Unit.Content.Media;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("factsheets/2024/report.pdf", "factsheets/2024/report.pdf")]
    [InlineData("factsheets/2024/", "factsheets/2024")]
    [InlineData("رپورٹ/خلاصہ.pdf", "رپورٹ/خلاصہ.pdf")]
    [InlineData("cafe\u0301.png", "caf\u00e9.png")]
    public void TryNormalize_AcceptsAndNormalizes_WhenThePathIsPlain(string path, string expected)
    {
        var accepted = MediaPath.TryNormalize(path, out var normalized);

        Assert.True(accepted);
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("a/../../secret.txt")]
    [InlineData("a/..")]
    [InlineData("..")]
    [InlineData("./a.png")]
    [InlineData("a/./b.png")]
    [InlineData("/etc/passwd")]
    [InlineData("//server/share/a.png")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("c:a.png")]
    [InlineData("a\\..\\b.png")]
    [InlineData("a//b.png")]
    [InlineData("a/\u0000b.png")]
    [InlineData("a/b\nc.png")]
    [InlineData("con.txt")]
    [InlineData("docs/NUL")]
    [InlineData("docs/com1.pdf")]
    [InlineData("LPT9.png")]
    [InlineData(".htaccess")]
    [InlineData("docs/.hidden/a.png")]
    [InlineData("name.")]
    [InlineData("name ")]
    [InlineData(" name.png")]
    [InlineData("a|b.png")]
    [InlineData("a?.png")]
    [InlineData("a*.png")]
    [InlineData("\"a\".png")]
    [InlineData("<a>.png")]
    [InlineData("")]
    [InlineData("/")]
    public void TryNormalize_Refuses_WhenThePathCouldEscapeOrIsNotAName(string path)
    {
        var accepted = MediaPath.TryNormalize(path, out _);

        Assert.False(accepted);
    }

    [Fact]
    public void TryNormalize_RefusesLongSegmentsAndPaths_WhenOverTheLimit()
    {
        var segment = new string('a', MediaPath.MaxSegmentLength + 1);
        var path = string.Join('/', Enumerable.Repeat("abcdefghi", 101));

        Assert.False(MediaPath.TryNormalize(segment, out _));
        Assert.False(MediaPath.TryNormalize(path, out _));
    }

    [Fact]
    public void TryNormalize_Refuses_WhenTheNameHoldsALoneSurrogate()
    {
        // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate: this one is built here.
        var path = "\ud800" + ".png";

        Assert.False(MediaPath.TryNormalize(path, out _));
        Assert.True(MediaPath.TryNormalize("\ud83d\ude00.png", out _));
    }

    [Fact]
    public void TryNormalize_AcceptsTheRoot_OnlyWhenAllowed()
    {
        Assert.True(MediaPath.TryNormalize("", out var root, allowRoot: true));
        Assert.Equal("", root);
        Assert.False(MediaPath.TryNormalize(null, out _));
    }

    [Fact]
    public void ExtensionFolderAndName_AreReadFromThePath()
    {
        Assert.Equal(".pdf", MediaPath.ExtensionOf("a/b/Report.PDF"));
        Assert.Equal("", MediaPath.ExtensionOf("a/README"));
        Assert.Equal("a/b", MediaPath.FolderOf("a/b/c.png"));
        Assert.Equal("", MediaPath.FolderOf("c.png"));
        Assert.Equal("c.png", MediaPath.NameOf("a/b/c.png"));
    }
}
