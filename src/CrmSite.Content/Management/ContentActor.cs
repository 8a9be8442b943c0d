using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Content.Management;

/// <summary>Who is changing content in this scope: the signed-in user, an API client, or the system (setup, CLI).</summary>
public sealed class ContentActor(IHttpContextAccessor accessor)
{
    private (string? Id, string Name)? _override;

    public string? UserId => _override?.Id ?? User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? User?.FindFirstValue("sub");

    public string UserName => _override?.Name ?? User?.Identity?.Name ?? User?.FindFirstValue("client_id") ?? "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <summary>Makes this scope act as <paramref name="userName"/> (e.g. "setup", "recipe").</summary>
    public void ActAs(string? userId, string userName) => _override = (userId, userName);
}
