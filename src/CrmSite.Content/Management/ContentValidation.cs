using CrmSite.Content.Definitions;
using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>Runs every validator and returns all errors at once.</summary>
public sealed class ContentValidation(IEnumerable<IContentValidator> validators)
{
    private readonly IContentValidator[] _validators = validators.ToArray();

    /// <summary>Validates <paramref name="item"/>; when <paramref name="imported"/> (a recipe), rules about taking part do not apply.</summary>
    public async Task<IReadOnlyList<ContentError>> ValidateAsync(ContentItem item, ContentTypeDefinition type,
        ContentDefinitionDocument definitions, CancellationToken cancellationToken, bool imported = false)
    {
        var context = new ContentValidationContext(item, type, definitions) { Imported = imported };
        foreach (var validator in _validators)
        {
            await validator.ValidateAsync(context, cancellationToken);
        }
        return context.Errors;
    }
}
