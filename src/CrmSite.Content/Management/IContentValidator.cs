namespace CrmSite.Content.Management;

/// <summary>A rule an item must satisfy before it is saved. Modules add their domain rules as validators.</summary>
public interface IContentValidator
{
    Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken);
}
