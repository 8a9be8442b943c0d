namespace CrmSite.Content.Management;

/// <summary>Raises content events on every registered handler, in registration order.</summary>
public sealed class ContentEvents(IEnumerable<IContentHandler> handlers)
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();

    public async Task RaiseAsync(Func<IContentHandler, ContentContext, CancellationToken, Task> handler, ContentContext context,
        CancellationToken cancellationToken)
    {
        foreach (var h in _handlers)
        {
            await handler(h, context, cancellationToken);
        }
    }
}
