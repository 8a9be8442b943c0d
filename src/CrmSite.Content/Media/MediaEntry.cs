namespace CrmSite.Content.Media;

/// <summary>A file or folder of the media library: its path, name, size (files) and last change.</summary>
public sealed record MediaEntry(string Path, string Name, bool IsFolder, long Length, DateTimeOffset LastModifiedUtc)
{
    /// <summary>Where the file is served (<c>/media/</c> and its path, each segment escaped).</summary>
    public string Url => MediaStore.UrlOf(Path);
}
