using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CrmSite.Content.Security;

/// <summary>Turns policy names of the form <c>Permission:Name</c> into a requirement for that permission.</summary>
public sealed class PermissionPolicy(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    // A permission policy depends on its name only, so endpoints may cache it.
    public override bool AllowsCachingPolicies => true;

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(Prefix, StringComparison.Ordinal)
            ? Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(policyName, name =>
                new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(name[Prefix.Length..])).Build()))
            : base.GetPolicyAsync(policyName);
}
