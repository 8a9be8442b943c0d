using System.Text.Json;
using CrmSite.Content.Recipes;
using CrmSite.Identity.OpenId;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrmSite.Identity.Recipes;

/// <summary>
/// <c>OpenIdApplication</c> in Orchard's flat shape: <c>ClientId, ClientSecret, DisplayName, Type,
/// AllowClientCredentialsFlow, RoleEntries:[{Name}], ScopeEntries:[{Name}]</c>. Creates or updates the client.
/// </summary>
public sealed class OpenIdApplicationStep(IOpenIddictApplicationManager applications) : IRecipeStep
{
    public string Name => "OpenIdApplication";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var clientId = StepJson.Text(step, "ClientId");
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new RecipeException("ClientId is required.");
        }
        var type = (StepJson.Text(step, "Type") ?? ClientTypes.Confidential).ToLowerInvariant();
        if (type is not (ClientTypes.Confidential or ClientTypes.Public))
        {
            throw new RecipeException($"Type '{type}' is not 'confidential' or 'public'.");
        }
        var secret = StepJson.Text(step, "ClientSecret");
        if (type == ClientTypes.Confidential && string.IsNullOrEmpty(secret))
        {
            throw new RecipeException($"client '{clientId}' is confidential and needs a ClientSecret.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = type == ClientTypes.Confidential ? secret : null,
            ClientType = type,
            DisplayName = StepJson.Text(step, "DisplayName") ?? clientId,
        };
        if (StepJson.Flag(step, "AllowClientCredentialsFlow") == true)
        {
            if (type != ClientTypes.Confidential)
            {
                throw new RecipeException($"client '{clientId}': the client-credentials flow needs a confidential client.");
            }
            descriptor.Permissions.Add(Permissions.Endpoints.Token);
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }
        foreach (var scope in StepJson.Names(step, "ScopeEntries"))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        var roles = StepJson.Names(step, "RoleEntries").ToList();
        descriptor.Properties[TokenEndpoint.RolesProperty] = JsonSerializer.SerializeToElement(roles);

        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            context.Result.Count("ClientCreated");
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
            context.Result.Count("ClientUpdated");
        }
    }
}
