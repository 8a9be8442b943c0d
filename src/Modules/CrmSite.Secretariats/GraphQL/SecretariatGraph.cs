using CrmSite.GraphQL.Schema;
using CrmSite.Secretariats.ContentTypes;

namespace CrmSite.Secretariats.GraphQL;

/// <summary>
/// Leads from a chapter to its secretariat and its secretariat terms in the GraphQL schema: both point at the
/// chapter (their <c>Chapter</c> picker), so the chapter type gets the reverse fields, batched per query level.
/// </summary>
public sealed class SecretariatGraph : IContentGraphContributor
{
    public void Contribute(ContentSchemaContext context)
    {
        context.AddReverseReference("Chapter", "secretariat", "The chapter's secretariat (published), whose term items say who holds it.",
            SecretariatTypes.Secretariat, SecretariatTypes.Secretariat, "Chapter", one: true);
        context.AddReverseReference("Chapter", "secretariatTerms", "The chapter's published secretariat terms, oldest entry first.",
            SecretariatTypes.SecretariatTerm, SecretariatTypes.SecretariatTerm, "Chapter", one: false);
    }
}
