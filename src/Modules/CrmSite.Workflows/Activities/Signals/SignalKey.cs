using System.Security.Cryptography;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Activities.Signals;

/// <summary>
/// The site's key for signal tokens: 32 random bytes in the store's document <c>WorkflowSignalKey</c>, created on
/// first use. Kept in the store (not with the workflow types or in the data folder), every node shares it and
/// signal URLs keep working across restarts and across export and import of workflow types.
/// </summary>
public sealed class SignalKey(IServiceScopeFactory scopes)
{
    public const string DocumentName = "WorkflowSignalKey";

    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }
        // A scope of its own: the caller's context may be inside a change, and a save clears a context's tracker.
        using var scope = scopes.CreateScope();
        var documents = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        var (document, version) = await documents.GetAsync<SignalKeyDocument>(DocumentName, cancellationToken);
        if (version == 0)
        {
            document = new SignalKeyDocument { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            try
            {
                await documents.SaveAsync(DocumentName, document, 0, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created it first: use theirs.
                (document, _) = await documents.GetAsync<SignalKeyDocument>(DocumentName, cancellationToken);
            }
        }
        return _key = Convert.FromBase64String(document.Key);
    }
}
