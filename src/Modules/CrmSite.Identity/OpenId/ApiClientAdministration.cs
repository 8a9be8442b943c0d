using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSite.Content.Audit;
using CrmSite.Content.Management;
using CrmSite.Identity.Users;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrmSite.Identity.OpenId;

/// <summary>An API client as the API clients pages show it (never its secret, which is stored hashed).</summary>
public sealed record ApiClientSummary(string ClientId, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? CreatedUtc,
    DateTimeOffset? SecretRotatedUtc, string ConcurrencyToken);

/// <summary>The outcome of a change that issues a secret: the errors, or the secret to show once.</summary>
public sealed record ApiClientSecret(IReadOnlyList<ContentError> Errors, string? Secret, bool Conflict = false);

/// <summary>
/// Client-credentials API clients as ManageClientApplications sees them, on OpenIddict's application manager:
/// create (the secret is generated here, shown once and stored only as OpenIddict's hash), change the display name
/// and roles, rotate the secret (the old one fails from the next token request), delete. A change is refused when the
/// client changed since the page was read (OpenIddict's concurrency token), names only roles users can be given too,
/// and is written to the audit trail with what changed, never with a secret. Tokens already issued keep their roles
/// until they expire (an hour): the roles are in the token.
/// </summary>
public sealed partial class ApiClientAdministration(IOpenIddictApplicationManager applications, UserAdministration users, AccountAudit audit,
    TimeProvider clock)
{
    public const string ApiClientCreated = "ApiClientCreated";
    public const string ApiClientChanged = "ApiClientChanged";
    public const string ApiClientSecretRotated = "ApiClientSecretRotated";
    public const string ApiClientDeleted = "ApiClientDeleted";

    private const string CreatedProperty = "created_utc";
    private const string RotatedProperty = "secret_rotated_utc";

    public async Task<IReadOnlyList<ApiClientSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ApiClientSummary>();
        await foreach (var application in applications.ListAsync(500, 0, cancellationToken))
        {
            list.Add(await SummaryAsync(application, cancellationToken));
        }
        return [.. list.OrderBy(c => c.ClientId, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<ApiClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken = default) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await SummaryAsync(application, cancellationToken) : null;

    /// <summary>The roles a client can be given: those a user can be given.</summary>
    public Task<IReadOnlyList<string>> AssignableRolesAsync(CancellationToken cancellationToken = default) => users.AssignableRolesAsync(cancellationToken);

    /// <summary>Creates a confidential client allowed the client-credentials flow; the secret is in the answer only.</summary>
    public async Task<ApiClientSecret> CreateAsync(string? clientId, string? displayName, IReadOnlyCollection<string> roles, ClaimsPrincipal actor,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<ContentError>();
        var taken = false;
        clientId = clientId?.Trim() ?? "";
        if (!ClientIdPattern().IsMatch(clientId))
        {
            errors.Add(new ContentError("clientId", $"A client id is 1 to 100 letters, digits, '-' and '_'."));
        }
        else if (clientId.Equals("new", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new ContentError("clientId", $"'new' is the address of this page; choose another client id."));
        }
        else if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            errors.Add(new ContentError("clientId", $"There is already a client '{clientId}'."));
            taken = true;
        }
        var (chosen, roleErrors) = await ChooseRolesAsync(roles, cancellationToken);
        errors.AddRange(roleErrors);
        if (errors.Count > 0)
        {
            return new ApiClientSecret(errors, null, taken);
        }

        var secret = NewSecret();
        var now = Stamp();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? clientId : displayName.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Properties[TokenEndpoint.RolesProperty] = JsonSerializer.SerializeToElement(chosen);
        descriptor.Properties[CreatedProperty] = now;
        descriptor.Properties[RotatedProperty] = now;
        await applications.CreateAsync(descriptor, cancellationToken);
        var what = $"client {clientId}: created" + (chosen.Count == 0 ? "" : ", " + string.Join(", ", chosen.Select(r => "+role " + r)));
        await audit.RecordChangeAsync(ApiClientCreated, actor.Identity?.Name, what, cancellationToken);
        return new ApiClientSecret([], secret);
    }

    /// <summary>Applies a new display name and roles; the errors name the form field they belong to.</summary>
    public async Task<IReadOnlyList<ContentError>> UpdateAsync(string clientId, string? displayName, IReadOnlyCollection<string> roles,
        string concurrencyToken, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return [new ContentError("clientId", $"This client no longer exists.")];
        }
        if (TokenOf(application) != concurrencyToken)
        {
            return [Stale];
        }
        var (chosen, errors) = await ChooseRolesAsync(roles, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var name = string.IsNullOrWhiteSpace(displayName) ? clientId : displayName.Trim();
        var before = await TokenEndpoint.RolesOfAsync(applications, application, cancellationToken);
        var parts = new List<string>();
        if (!string.Equals(descriptor.DisplayName, name, StringComparison.Ordinal))
        {
            parts.Add($"display name '{descriptor.DisplayName}' -> '{name}'");
        }
        parts.AddRange(chosen.Except(before, StringComparer.OrdinalIgnoreCase).Select(r => "+role " + r));
        parts.AddRange(before.Except(chosen, StringComparer.OrdinalIgnoreCase).Select(r => "-role " + r));
        if (parts.Count == 0)
        {
            return [];
        }
        descriptor.DisplayName = name;
        descriptor.Properties[TokenEndpoint.RolesProperty] = JsonSerializer.SerializeToElement(chosen);
        if (!await TryUpdateAsync(application, descriptor, cancellationToken))
        {
            return [Stale];
        }
        await audit.RecordChangeAsync(ApiClientChanged, actor.Identity?.Name, $"client {clientId}: {string.Join(", ", parts)}", cancellationToken);
        return [];
    }

    /// <summary>Replaces the secret: the old one is refused from the next token request on.</summary>
    public async Task<ApiClientSecret> RotateSecretAsync(string clientId, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return new ApiClientSecret([new ContentError("clientId", $"This client no longer exists.")], null);
        }
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (descriptor.ClientType != ClientTypes.Confidential)
        {
            // A public client (possible through a recipe) has no secret; OpenIddict refuses to store one.
            return new ApiClientSecret([new ContentError("secret", $"This client is public: it has no secret to rotate.")], null);
        }
        var secret = NewSecret();
        // A secret different from the stored hash is what makes OpenIddict hash it (UpdateAsync with a descriptor).
        descriptor.ClientSecret = secret;
        descriptor.Properties[RotatedProperty] = Stamp();
        if (!await TryUpdateAsync(application, descriptor, cancellationToken))
        {
            return new ApiClientSecret([Stale], null, true);
        }
        await audit.RecordChangeAsync(ApiClientSecretRotated, actor.Identity?.Name, $"client {clientId}: secret rotated", cancellationToken);
        return new ApiClientSecret([], secret);
    }

    /// <summary>Deletes the client (OpenIddict deletes its tokens and authorizations with it); false when there is none.</summary>
    public async Task<bool> DeleteAsync(string clientId, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }
        await applications.DeleteAsync(application, cancellationToken);
        await audit.RecordChangeAsync(ApiClientDeleted, actor.Identity?.Name, $"client {clientId}: deleted", cancellationToken);
        return true;
    }

    private static readonly ContentError Stale = new(Pages.FormPageModel.StaleMember,
        $"Someone else changed this client after you opened the page; here is the client as it is now. Make your change again.");

    private async Task<bool> TryUpdateAsync(object application, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        try
        {
            await applications.UpdateAsync(application, descriptor, cancellationToken);
            return true;
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            return false;
        }
    }

    private async Task<(List<string> Chosen, List<ContentError> Errors)> ChooseRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var assignable = await users.AssignableRolesAsync(cancellationToken);
        var errors = roles.Where(r => !assignable.Contains(r, StringComparer.OrdinalIgnoreCase))
            .Select(r => new ContentError("roles", $"There is no role '{r}' a client can be given.")).ToList();
        // The stored names are the roles' own spelling, whatever the form sent.
        var chosen = assignable.Where(a => roles.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        return (chosen, errors);
    }

    private async Task<ApiClientSummary> SummaryAsync(object application, CancellationToken cancellationToken)
    {
        var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ApiClientSummary(clientId, await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId,
            await TokenEndpoint.RolesOfAsync(applications, application, cancellationToken),
            DateOf(properties, CreatedProperty), DateOf(properties, RotatedProperty), TokenOf(application));
    }

    private static string TokenOf(object application) => (application as OpenIddictEntityFrameworkCoreApplication)?.ConcurrencyToken ?? "";

    private static DateTimeOffset? DateOf(System.Collections.Immutable.ImmutableDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : null;

    private JsonElement Stamp() => JsonSerializer.SerializeToElement(clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));

    /// <summary>256 random bits, URL-safe so it can be pasted into a form body or a header unescaped.</summary>
    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex ClientIdPattern();
}
