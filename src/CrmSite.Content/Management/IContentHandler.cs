namespace CrmSite.Content.Management;

/// <summary>
/// Content events. They run inside the change's transaction, so what a handler writes to the store commits or
/// rolls back with the change. "-ing" events may still change the item; "-ed" events see it written.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task VersionedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task PublishingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
