using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Management;
using CrmSite.Content.Media;
using CrmSite.Content.Modules;
using CrmSite.Content.Parts;
using CrmSite.Content.Recipes;
using CrmSite.Content.Recipes.Steps;
using CrmSite.Content.Scheduling;
using CrmSite.Content.Security;
using CrmSite.Content.Setup;
using CrmSite.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmSite.Content;

/// <summary>The content platform: definitions, the content manager, validation, recipes, setup, the content REST API and the media library (store and <c>/media/</c>).</summary>
public sealed class ContentModule : IModule
{
    public string Name => "CrmSite.Content";

    public IReadOnlyCollection<string> Features =>
    [
        "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.ContentFields", "OrchardCore.Title",
        "OrchardCore.Autoroute", "OrchardCore.Markdown", "OrchardCore.Html", "OrchardCore.Lists",
        "OrchardCore.ContentLocalization", "OrchardCore.Localization", "OrchardCore.Taxonomies",
        "OrchardCore.PublishLater", "OrchardCore.Recipes", "OrchardCore.Settings", "OrchardCore.Apis",
        "OrchardCore.Contents.FileContentDefinition", "OrchardCore.ContentFields.Indexing.SQL", "OrchardCore.Media",
    ];

    public IReadOnlyCollection<Permission> Permissions => [.. ContentPermissions.All, .. MediaPermissions.All];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicy>();
        services.AddSingleton<ContentTypeGuards>();

        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentActor>();
        services.AddScoped<ContentEvents>();
        services.AddScoped<ContentValidation>();
        services.AddScoped<ContentVersionWriter>();
        services.AddScoped<ContentReader>();
        services.AddScoped<Audit.AccountAudit>();
        services.AddScoped<Audit.MediaAudit>();
        var media = MediaOptions.From(configuration);
        services.AddSingleton(media);
        // Forms are read up to the media request limit, so no upload the limit admits fails while its form is read.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
            form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, media.MaxRequestBodySize));
        services.AddSingleton<MediaStore>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentWrites>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentAuthorization>();
        services.AddScoped<IContentHandler, LocalizationHandler>();
        services.AddScoped<IContentHandler, PublishLater>();
        services.AddScoped<IContentValidator, FieldValidator>();
        services.AddScoped<IContentValidator, PartValidator>();
        services.AddScoped<IContentValidator, UniquePathValidator>();

        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());

        services.AddSingleton<RecipeCatalog>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<SiteSetup>();
        services.AddScoped<Settings.SiteCalendar>();
        services.AddScoped<IRecipeStep, FeatureStep>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep>(sp => new ContentDefinitionStep(sp.GetRequiredService<ContentDefinitionManager>()));
        services.AddScoped<IRecipeStep>(sp => new ContentDefinitionStep(sp.GetRequiredService<ContentDefinitionManager>(), replace: true));
        services.AddScoped<IRecipeStep, DeleteContentDefinitionStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        services.AddScoped<IRecipeStep, RecipesStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ContentApi.Map(endpoints);
        ContentListApi.Map(endpoints);
        MediaFiles.Map(endpoints);
        MediaApi.Map(endpoints);
    }
}
