using CrmSite.Content.Management;
using CrmSite.Content.Modules;
using CrmSite.Content.Recipes;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Workflows.Activities;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Activities.Content;
using CrmSite.Workflows.Activities.Control;
using CrmSite.Workflows.Activities.Data;
using CrmSite.Workflows.Activities.Notify;
using CrmSite.Workflows.Api;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Expressions;
using CrmSite.Workflows.Pages;
using CrmSite.Workflows.Recipes;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Triggers;
using CrmSite.Workflows.UserTasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows;

/// <summary>
/// Workflows in Orchard's format: types imported by the <c>WorkflowType</c> recipe step, instances that run on
/// content events, halt on events (user tasks, signals, timers) and resume by correlation id, and the activities
/// other modules add to (the Secretariats module's election activities).
/// </summary>
public sealed class WorkflowsModule : IModule
{
    public string Name => "CrmSite.Workflows";

    public IReadOnlyCollection<string> Features => ["OrchardCore.Workflows", "OrchardCore.Workflows.Http", "OrchardCore.Workflows.Timers"];

    public IReadOnlyCollection<Permission> Permissions => WorkflowPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IStoreModelContributor, WorkflowStoreModel>();
        services.AddSingleton<WorkflowTypeCache>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowInstanceStore>();
        services.AddScoped<ActivityLibrary>();
        services.AddScoped<WorkflowTypeValidator>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowEvents>();
        services.AddScoped<IContentCommitObserver>(sp => sp.GetRequiredService<WorkflowEvents>());
        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<WorkflowAudit>();
        services.AddScoped<WorkflowNotifications>();
        services.AddScoped<UserTaskService>();
        services.AddSingleton<WorkflowLiquid>();
        services.AddScoped<IRecipeStep, WorkflowTypeStep>();
        services.AddScoped<WorkflowTypeImport>();
        services.AddScoped<WorkflowTypeAdministration>();
        services.AddScoped<WorkflowInstanceReader>();
        services.AddRazorPages(WorkflowPages.Authorize).AddApplicationPart(typeof(WorkflowsModule).Assembly);
        AddActivities(services);
        services.AddIntegrationTasks();
        Timers.WorkflowTimers.Add(services, configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSignals();

    private static void AddActivities(IServiceCollection services)
    {
        foreach (var name in ContentEvent.Names)
        {
            services.AddScoped<IActivity>(_ => new ContentEvent(name));
        }
        services.AddScoped<IActivity, UserTaskEvent>();
        services.AddScoped<IActivity, IfElseTask>();
        services.AddScoped<IActivity, ForkTask>();
        services.AddScoped<IActivity, JoinTask>();
        services.AddScoped<IActivity, ScriptTask>();
        services.AddScoped<IActivity, SetPropertyTask>();
        services.AddScoped<IActivity, SetOutputTask>();
        services.AddScoped<IActivity, CorrelateTask>();
        services.AddScoped<IActivity, LogTask>();
        services.AddScoped<IActivity, NotifyTask>();
    }
}
