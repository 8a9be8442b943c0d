using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>Each chapter has one secretariat.</summary>
public sealed class SecretariatValidator(ContentReader content) : IContentValidator
{
    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != SecretariatTypes.Secretariat)
        {
            return;
        }
        var item = context.Item;
        foreach (var chapter in item.Ids(SecretariatTypes.Secretariat, "Chapter"))
        {
            var others = await content.ListByFieldAsync(SecretariatTypes.Secretariat, SecretariatTypes.Secretariat, "Chapter", chapter,
                VersionOptions.Latest, cancellationToken);
            if (others.FirstOrDefault(o => o.ContentItemId != item.ContentItemId) is { } other)
            {
                context.AddError("Secretariat.Chapter", $"Chapter {chapter} already has a secretariat ('{other.DisplayText}', item {other.ContentItemId}).");
            }
        }
    }
}
