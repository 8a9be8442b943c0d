using CrmSite.Workflows.Activities.Content;
using CrmSite.Workflows.Activities.Email;
using CrmSite.Workflows.Activities.Http;
using CrmSite.Workflows.Activities.Signals;
using CrmSite.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Activities;

/// <summary>The activities that reach outside the instance: content tasks, mail, HTTP requests and signals.</summary>
public static class IntegrationTasks
{
    public static IServiceCollection AddIntegrationTasks(this IServiceCollection services)
    {
        services.AddScoped<IActivity, CreateContentTask>();
        services.AddScoped<IActivity, UpdateContentTask>();
        services.AddScoped<IActivity, PublishContentTask>();
        services.AddScoped<IActivity, UnpublishContentTask>();
        services.AddScoped<IActivity, DeleteContentTask>();
        services.AddScoped<IActivity, RetrieveContentTask>();

        services.AddSingleton<MailDelivery>();
        services.AddScoped<IActivity, EmailTask>();

        services.AddHttpClient(HttpRequestTaskOptions.ClientName);
        services.AddSingleton<WebhookSender>();
        services.AddScoped<IActivity, HttpRequestTask>();

        services.AddSingleton<SignalKey>();
        services.AddSingleton<SignalUrls>();
        services.AddScoped<IActivity, SignalEvent>();
        return services;
    }
}
