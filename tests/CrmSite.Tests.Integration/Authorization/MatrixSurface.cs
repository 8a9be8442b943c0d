using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// One way in to the content (REST, GraphQL, search, an admin page): which operations it offers, what it asks for
/// before looking at any item, and how to perform an operation on an item as a caller. Adding a surface is a
/// subclass and one line in <see cref="AuthorizationMatrix.Surfaces"/>.
/// </summary>
public abstract class MatrixSurface
{
    public abstract string Name { get; }

    public abstract IReadOnlySet<MatrixOperation> Operations { get; }

    /// <summary>The permission the surface asks for whatever the item (AccessAdminPanel for admin pages), or null.</summary>
    public virtual string? Gate(MatrixOperation operation) => null;

    /// <summary>Whether the surface can show <paramref name="item"/> at all; when not, no caller may reach it there.</summary>
    public virtual bool Reaches(MatrixItem item) => true;

    public abstract Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target);

    /// <summary>
    /// Returns once the surface shows what the store holds (an index follows the store a moment later), given
    /// every item of the run in the order they were stored and the administrator, who may see them all.
    /// </summary>
    public virtual Task CatchUpAsync(MatrixSession administrator, IReadOnlyList<MatrixTarget> targets) => Task.CompletedTask;

    /// <summary>Polls <paramref name="done"/> for up to a minute; fails with <paramref name="what"/> after that.</summary>
    protected static async Task WaitAsync(string what, Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, what + " after 60 s");
            await Task.Delay(200);
        }
    }

    /// <summary>The latest version with a changed title: a new version to save.</summary>
    protected static JsonObject Edited(MatrixTarget target)
    {
        var item = target.Latest.DeepClone().AsObject();
        item["TitlePart"] = new JsonObject { ["Title"] = item["TitlePart"]?["Title"]?.GetValue<string>() + " edited" };
        return item;
    }
}
