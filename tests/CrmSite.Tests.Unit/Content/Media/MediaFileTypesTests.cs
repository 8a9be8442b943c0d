using System.Text;
using CrmSite.Content.Media;

namespace CrmSite.Tests.Unit.Content.Media;

public sealed class MediaFileTypesTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
    public static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>");

    [Theory]
    [InlineData(".png", "89504E470D0A1A0A0000000D49484452")]
    [InlineData(".jpg", "FFD8FFE000104A464946")]
    [InlineData(".jpeg", "FFD8FFDB")]
    [InlineData(".gif", "474946383961")]
    [InlineData(".webp", "52494646240000005745425056503820")]
    [InlineData(".pdf", "255044462D312E37")]
    [InlineData(".docx", "504B0304140006000800")]
    [InlineData(".xls", "D0CF11E0A1B11AE10000")]
    [InlineData(".mp3", "494433040000")]
    [InlineData(".mp4", "0000001866747970")]
    [InlineData(".txt", "48656C6C6F")]
    public void ContentMatches_True_WhenTheSignatureFitsTheExtension(string extension, string hex)
    {
        var matches = MediaFileTypes.ContentMatches(extension, Convert.FromHexString(hex));

        Assert.True(matches);
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".jpg")]
    [InlineData(".gif")]
    [InlineData(".webp")]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    [InlineData(".doc")]
    [InlineData(".mp4")]
    public void ContentMatches_False_WhenHtmlIsRenamed(string extension)
    {
        var matches = MediaFileTypes.ContentMatches(extension, Html.AsSpan(0, MediaFileTypes.HeadLength));

        Assert.False(matches);
    }

    [Fact]
    public void ContentMatches_False_WhenTextHoldsBinary()
    {
        Assert.False(MediaFileTypes.ContentMatches(".txt", Png));
        Assert.False(MediaFileTypes.ContentMatches(".png", Pdf));
    }

    [Theory]
    [InlineData(".png", "image/png", true)]
    [InlineData(".PDF", "application/pdf", true)]
    [InlineData(".mp4", "video/mp4", true)]
    [InlineData(".mp3", "audio/mpeg", true)]
    [InlineData(".txt", "text/plain", false)]
    [InlineData(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false)]
    [InlineData(".html", "application/octet-stream", false)]
    public void ContentTypeOf_AndIsInline_FollowTheExtension(string extension, string contentType, bool inline)
    {
        Assert.Equal(contentType, MediaFileTypes.ContentTypeOf(extension));
        Assert.Equal(inline, MediaFileTypes.IsInline(contentType));
    }

    [Fact]
    public void DefaultExtensions_LeaveOutWhatRunsInABrowser()
    {
        var extensions = new MediaOptions().AllowedFileExtensions;

        Assert.Contains(".pdf", extensions);
        Assert.Contains(".webp", extensions);
        Assert.DoesNotContain(".svg", extensions);
        Assert.DoesNotContain(".html", extensions);
        Assert.DoesNotContain(".htm", extensions);
        Assert.DoesNotContain(".js", extensions);
        Assert.DoesNotContain(".exe", extensions);
        Assert.Equal(30_000_000, new MediaOptions().MaxFileSize);
    }
}
