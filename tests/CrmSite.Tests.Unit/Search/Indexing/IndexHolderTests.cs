using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Lucene.Net.Documents;

namespace CrmSite.Tests.Unit.Search.Indexing;

public sealed class IndexHolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crmsite-lucene-").FullName;

    private static readonly IndexProfile Profile = new() { Name = "search", Generation = 3 };

    [Fact]
    public void Open_KeepsCursorAndGeneration_AcrossRestarts()
    {
        using (var first = new IndexHolder(_folder, Profile))
        {
            first.Writer.AddDocument(new Document { new StringField(ContentDocumentBuilder.IdField, "a", Field.Store.YES) });
            first.Commit(cursor: 42, generation: 3);
        }

        using var second = new IndexHolder(_folder, Profile);

        Assert.Equal(42, second.Cursor);
        Assert.Equal(3, second.Generation);
        Assert.False(second.Corrupted);
        Assert.Equal(1, second.Writer.NumDocs);
    }

    [Fact]
    public void Open_StartsEmptyAndAsksForARebuild_WhenTheFolderHoldsGarbage()
    {
        File.WriteAllText(Path.Combine(_folder, "segments_1"), "not an index");

        using var holder = new IndexHolder(_folder, Profile);

        Assert.True(holder.Corrupted);
        Assert.Equal(0, holder.Generation);
        Assert.Equal(0, holder.Cursor);
        Assert.Equal(0, holder.Writer.NumDocs);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
