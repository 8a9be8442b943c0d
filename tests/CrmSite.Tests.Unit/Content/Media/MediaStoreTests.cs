using CrmSite.Content.Media;
using CrmSite.Content.Store;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Tests.Unit.Content.Media;

public sealed class MediaStoreTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("crmsite-media-");

    private MediaStore Store(long maxFileSize = 1000) =>
        new(new StoreOptions { DataPath = _data.FullName }, new MediaOptions { MaxFileSize = maxFileSize });

    [Fact]
    public async Task SaveAsync_WritesTheFileUnderTheRoot_WhenItIsGood()
    {
        var store = Store();

        var result = await store.SaveAsync("factsheets/2024", "chart.png", new MemoryStream(MediaFileTypesTests.Png));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("factsheets/2024/chart.png", result.Path);
        Assert.Equal(MediaFileTypesTests.Png, await File.ReadAllBytesAsync(Path.Combine(_data.FullName, "Media", "factsheets", "2024", "chart.png")));
        Assert.Equal("chart.png", Assert.Single(store.List("factsheets/2024")!).Name);
    }

    [Fact]
    public async Task SaveAsync_RefusesTooLarge_WhileStreaming_AndLeavesNothing()
    {
        var store = Store(maxFileSize: 100);
        var content = new byte[101];
        MediaFileTypesTests.Pdf.CopyTo(content, 0);

        var result = await store.SaveAsync("", "big.pdf", new MemoryStream(content));

        Assert.Equal(MediaProblem.TooLarge, result.Problem);
        Assert.Empty(store.List("")!);
        Assert.Empty(Directory.EnumerateFiles(_data.FullName, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_AcceptsExactlyTheLimit()
    {
        var store = Store(maxFileSize: 100);
        var content = new byte[100];
        MediaFileTypesTests.Pdf.CopyTo(content, 0);

        var result = await store.SaveAsync("", "limit.pdf", new MemoryStream(content));

        Assert.True(result.Succeeded, result.Message);
    }

    [Theory]
    [InlineData("page.html", MediaProblem.ExtensionNotAllowed)]
    [InlineData("logo.svg", MediaProblem.ExtensionNotAllowed)]
    [InlineData("run.exe", MediaProblem.ExtensionNotAllowed)]
    [InlineData("README", MediaProblem.ExtensionNotAllowed)]
    [InlineData("page.png", MediaProblem.ContentMismatch)]
    [InlineData("page.pdf", MediaProblem.ContentMismatch)]
    [InlineData(".png", MediaProblem.BadName)]
    [InlineData("con.png", MediaProblem.BadName)]
    public async Task SaveAsync_RefusesHtml_WhateverItIsCalled(string name, MediaProblem problem)
    {
        var store = Store();

        var result = await store.SaveAsync("", name, new MemoryStream(MediaFileTypesTests.Html));

        Assert.Equal(problem, result.Problem);
        Assert.Empty(store.List("")!);
    }

    [Theory]
    [InlineData("..", "x.png")]
    [InlineData("../outside", "x.png")]
    [InlineData("a/../..", "x.png")]
    [InlineData("/tmp", "x.png")]
    [InlineData("a\\..\\..", "x.png")]
    public async Task SaveAsync_NeverWritesOutsideTheRoot_WhenTheFolderTraverses(string folder, string name)
    {
        var store = Store();

        var result = await store.SaveAsync(folder, name, new MemoryStream(MediaFileTypesTests.Png));

        Assert.Equal(MediaProblem.BadName, result.Problem);
        Assert.Empty(Directory.EnumerateFiles(_data.FullName, "*.png", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_TakesTheLastSegment_WhenTheBrowserSendsAPath()
    {
        var store = Store();

        var result = await store.SaveAsync("", "C:\\Users\\me\\..\\chart.png", new MemoryStream(MediaFileTypesTests.Png));

        Assert.Equal("chart.png", result.Path);
    }

    [Fact]
    public async Task SaveAsync_RefusesOrRenames_WhenTheNameIsTaken()
    {
        var store = Store();
        await store.SaveAsync("docs", "a.pdf", new MemoryStream(MediaFileTypesTests.Pdf));

        var refused = await store.SaveAsync("docs", "a.pdf", new MemoryStream(MediaFileTypesTests.Pdf));
        var renamed = await store.SaveAsync("docs", "a.pdf", new MemoryStream(MediaFileTypesTests.Pdf), renameWhenTaken: true);

        Assert.Equal(MediaProblem.Exists, refused.Problem);
        Assert.Equal("docs/a-1.pdf", renamed.Path);
    }

    [Fact]
    public async Task SaveAsync_RefusesAnExtensionTheFieldDoesNotAllow()
    {
        var store = Store();

        var result = await store.SaveAsync("", "a.pdf", new MemoryStream(MediaFileTypesTests.Pdf), fieldExtensions: [".png", ".jpg"]);

        Assert.Equal(MediaProblem.ExtensionNotAllowed, result.Problem);
    }

    [Fact]
    public void FindFile_Refuses_WhenALinkLeadsOutOfTheRoot()
    {
        var store = Store();
        var outside = Directory.CreateDirectory(Path.Combine(_data.FullName, "outside"));
        File.WriteAllText(Path.Combine(outside.FullName, "secret.txt"), "secret");
        Directory.CreateDirectory(store.Root);
        Directory.CreateSymbolicLink(Path.Combine(store.Root, "link"), outside.FullName);

        Assert.Null(store.FindFile("link/secret.txt"));
        Assert.Null(store.FindFile("../outside/secret.txt"));
        Assert.DoesNotContain(store.List("")!, e => e.Name == "link");
    }

    [Fact]
    public async Task DeleteFolder_RefusesAFolderThatIsNotEmpty_ThenDeletesItEmpty()
    {
        var store = Store();
        Assert.True(store.CreateFolder("", "reports").Succeeded);
        await store.SaveAsync("reports", "a.pdf", new MemoryStream(MediaFileTypesTests.Pdf));

        var full = store.DeleteFolder("reports");
        var file = store.DeleteFile("reports/a.pdf");
        var empty = store.DeleteFolder("reports");

        Assert.Equal(MediaProblem.NotEmpty, full.Problem);
        Assert.True(file.Succeeded);
        Assert.True(empty.Succeeded);
        Assert.False(store.FolderExists("reports"));
        Assert.Equal(MediaProblem.NotFound, store.DeleteFolder("").Problem);
        Assert.Equal(MediaProblem.BadName, store.CreateFolder("", "..").Problem);
    }

    [Fact]
    public void From_ReplacesTheDefaults_WhenTheConfigurationNamesExtensions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CrmSite:Media:AllowedFileExtensions:0"] = ".png",
            ["CrmSite:Media:AllowedFileExtensions:1"] = "pdf",
            ["CrmSite:Media:MaxFileSize"] = "1000",
        }).Build();

        var options = MediaOptions.From(configuration);

        Assert.Equal([".pdf", ".png"], options.AllowedFileExtensions.Order());
        Assert.Equal(1000, options.MaxFileSize);
        Assert.Equal(100_000_000, options.MaxRequestBodySize);
    }

    public void Dispose() => _data.Delete(recursive: true);
}
