using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CrmSite.Content.Security;

/// <summary>Turns policy names of the form <c>Permission:Name</c> into a requirement for that permission.</summary>
public sealed class PermissionPolicy(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }
        var name = policyName[Prefix.Length..];
        return new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(name)).Build();
    }
}
