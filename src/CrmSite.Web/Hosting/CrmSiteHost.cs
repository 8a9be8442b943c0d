using CrmSite.Content.Localization;
using CrmSite.Content.Media;
using CrmSite.Content.Modules;
using CrmSite.Content.Recipes;
using CrmSite.Content.Store;
using Microsoft.Extensions.FileProviders;
using Serilog;
using Serilog.Events;

namespace CrmSite.Web.Hosting;

/// <summary>Wires configuration, logging, the store and the listed modules into the host.</summary>
public static class CrmSiteHost
{
    public static WebApplicationBuilder AddCrmSite(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules, bool logToStandardError)
    {
        var configuration = builder.Configuration;
        // The modules' static files are served from their own folders in a build in any environment, not in
        // Development only (where the host already does this); a published site has no manifest, so this does nothing.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
        builder.Services.AddSerilog(logger => logger
            .ReadFrom.Configuration(configuration)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("OpenIddict", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                standardErrorFromLevel: logToStandardError ? LogEventLevel.Verbose : null));

        builder.Services.AddContentStore(StoreOptionsFrom(builder));
        builder.Services.AddSingleton(new RecipeOptions { Directories = { Path.Combine(AppContext.BaseDirectory, "recipes") } });
        builder.Services.AddSingleton(new ModuleCatalog(modules));
        foreach (var module in modules)
        {
            module.ConfigureServices(builder.Services, configuration);
        }

        builder.Services.AddProblemDetails();
        // The admin's texts in English and Urdu (Content's Localization/AdminText catalogue).
        builder.Services.AddLocalization();
        // Urdu and other non-Latin text is written as it is, not as \u escapes; HTML-sensitive characters stay escaped.
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        // Pages write Urdu as it is, not as character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // A request the server refused to read (too large, malformed) keeps its own 4xx status.
        builder.Services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = e =>
            e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<CrmSiteDbContext>("store");
        return builder;
    }

    public static WebApplication UseCrmSite(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAdminSecurityHeaders();
        // Before routing, which would give a file's path to the fallback endpoint, and before authentication: the
        // modules' static files (their wwwroot, under /_content/<module>/) hold no content.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = StaticFiles(app.Environment) });
        app.UseRouting();
        // Sign-in attempts per client address (the Identity module's policy).
        app.UseRateLimiter();
        app.UseAuthentication();
        // After authentication: a signed-in user's own admin language comes first (Localization/AdminCulture).
        app.UseRequestLocalization(AdminCulture.Options());
        app.UseAuthorization();
        app.UseAntiforgery();
        // Upload paths take larger bodies than the server's default (CrmSite:Media:MaxRequestBodySize); after
        // authorization, so only callers allowed in make the server read an upload.
        app.UseMediaUploadLimits();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }
        // The modules' Razor pages: each module adds its own pages and their policies.
        app.MapRazorPages();
        // Unknown paths are 404 for everyone, rather than a sign-in challenge.
        app.MapFallback("{*path}", () => TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Brings the schema up to date and runs setup on an empty store.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await StoreServices.MigrateAsync(services.GetRequiredService<CrmSiteDbContext>(), app.Lifetime.ApplicationStopping);
        await services.GetRequiredService<Content.Setup.SiteSetup>().RunIfNeededAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// The web root (in a build: the modules' own wwwroot folders, through the static web assets manifest), and a
    /// published site's wwwroot beside its binaries, which the web root misses when the site starts in another folder.
    /// </summary>
    private static IFileProvider StaticFiles(IWebHostEnvironment environment)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(published)
            ? new CompositeFileProvider(environment.WebRootFileProvider, new PhysicalFileProvider(published))
            : environment.WebRootFileProvider;
    }

    private static StoreOptions StoreOptionsFrom(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dataPath = configuration["CrmSite:DataPath"] is { Length: > 0 } path
            ? Path.GetFullPath(path, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        var provider = configuration["Database:Provider"] ?? nameof(StoreProvider.Sqlite);
        return new StoreOptions
        {
            Provider = Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var p) ? p
                : throw new InvalidOperationException($"Database:Provider '{provider}' is not Sqlite or Postgres."),
            ConnectionString = configuration.GetConnectionString("CrmSite") is { Length: > 0 } connection ? connection : null,
            DataPath = dataPath,
            MigrationsAssembly = typeof(CrmSiteHost).Assembly.GetName().Name,
        };
    }
}
