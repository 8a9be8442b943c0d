using CrmSite.Content.Modules;
using CrmSite.Content.Recipes;
using CrmSite.Content.Security;
using CrmSite.Content.Setup;
using CrmSite.Content.Store;
using CrmSite.Identity.Api;
using CrmSite.Identity.Authorization;
using CrmSite.Identity.OpenId;
using CrmSite.Identity.Recipes;
using CrmSite.Identity.Pages;
using CrmSite.Identity.SignIn;
using CrmSite.Identity.Setup;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace CrmSite.Identity;

/// <summary>
/// Users and roles (ASP.NET Core Identity on the content store), the one permission authorizer, cookie sign-in,
/// and OpenIddict's token endpoint for API clients (client credentials) with bearer-token validation.
/// </summary>
public sealed class IdentityModule : IModule
{
    /// <summary>Picks the bearer scheme for requests with a bearer token and the sign-in cookie otherwise.</summary>
    public const string Scheme = "CrmSite";

    public string Name => "CrmSite.Identity";

    public IReadOnlyCollection<string> Features =>
        ["OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.OpenId", "OrchardCore.OpenId.Server",
         "OrchardCore.OpenId.Validation", "OrchardCore.OpenId.Management"];

    public IReadOnlyCollection<Permission> Permissions => IdentityPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IStoreModelContributor, OpenIdStoreModel>();
        services.AddIdentity<CrmUser, CrmRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<CrmSiteDbContext>()
            .AddDefaultTokenProviders();
        // Logout, disabling a user and a password change reach other sessions within a minute. The site's clock
        // (TimeProvider) dates the cookie and times the check.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = clock;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/admin/login";
            options.Cookie.Name = "crmsite.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (a proxy that ends TLS must forward the scheme).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        var signIn = configuration.GetSection("CrmSite:SignIn").Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        services.AddRateLimiter(options => SignInRateLimit.Configure(options, signIn));
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Users.UserAdministration>();
        services.AddScoped<Users.RoleAdministration>();
        services.AddScoped<ApiClientAdministration>();
        services.AddRazorPages(AccountPages.Authorize).AddApplicationPart(typeof(IdentityModule).Assembly);
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Sign-in cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme);
        services.AddAntiforgery(options => options.HeaderName = "RequestVerificationToken");

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<CrmSiteDbContext>())
            .AddServer(options =>
            {
                options.SetTokenEndpointUris("connect/token");
                options.AllowClientCredentialsFlow();
                options.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                options.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
            });
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OpenIdServerKeys>();

        services.AddAuthorization(options =>
            // Anything not explicitly allowed anonymously or given a permission policy needs a signed-in caller.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<RolePermissionCache>();
        services.AddScoped<RolePermissions>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizer>();

        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, UsersStep>();
        services.AddScoped<IRecipeStep, OpenIdApplicationStep>();
        services.AddScoped<ISetupStep, AdministratorSetup>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/connect/token", TokenEndpoint.Exchange).AllowAnonymous().ExcludeFromDescription();
        AccountApi.Map(endpoints);
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // APIs answer with the status; a browser on an admin page without a session goes to the sign-in page, and
        // one signed in without the permission gets the 403 itself.
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/connect") || (path.StartsWithSegments("/admin") && status == StatusCodes.Status403Forbidden))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
