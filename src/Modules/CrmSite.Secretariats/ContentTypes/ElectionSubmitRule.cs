using CrmSite.Content.Items;
using CrmSite.Content.Security;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>
/// Writing an election result is submitting it for approval: it needs SubmitElectionResult for the result's chapter,
/// on every write surface (the editor, REST, GraphQL), as <c>submitElectionResult</c> does. Publishing one by hand
/// needs ApproveElectionResult for its chapter too, so an editor cannot publish past the approval (the election
/// workflow publishes an approved result itself).
/// </summary>
public sealed class ElectionSubmitRule : IContentWriteRule
{
    public IEnumerable<Permission> RequiredPermissions(ContentItem? stored, ContentItem incoming)
    {
        if (incoming.ContentType == SecretariatTypes.ElectionResult)
        {
            yield return SecretariatPermissions.SubmitElectionResult;
        }
    }

    public IEnumerable<Permission> RequiredToPublish(ContentItem item)
    {
        if (item.ContentType == SecretariatTypes.ElectionResult)
        {
            yield return SecretariatPermissions.ApproveElectionResult;
        }
    }
}
