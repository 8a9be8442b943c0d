using System.Text.Json.Nodes;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;

namespace CrmSite.GraphQL.Schema;

/// <summary>A taxonomy's terms: content items kept inside its <c>TaxonomyPart.Terms</c>, as Orchard stores them.</summary>
public static class TaxonomyTerms
{
    public static IEnumerable<ContentItem> Of(ContentItem taxonomy)
    {
        if (taxonomy.Part(BuiltInParts.TaxonomyPart)?["Terms"] is not JsonArray terms)
        {
            yield break;
        }
        foreach (var term in terms.OfType<JsonObject>())
        {
            // A view of the stored term with the taxonomy's version flags, so the authorizer and the schema treat it
            // like the taxonomy it is part of.
            var item = new ContentItem((JsonObject)term.DeepClone())
            {
                Published = taxonomy.Published,
                Latest = taxonomy.Latest,
                Owner = taxonomy.Owner,
            };
            if (string.IsNullOrEmpty(item.ContentItemVersionId))
            {
                item.ContentItemVersionId = taxonomy.ContentItemVersionId;
            }
            yield return item;
        }
    }
}
