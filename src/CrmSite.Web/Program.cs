using CrmSite.Admin;
using CrmSite.Chapters;
using CrmSite.Content;
using CrmSite.Content.Modules;
using CrmSite.FactSheets;
using CrmSite.Forums;
using CrmSite.GraphQL;
using CrmSite.Identity;
using CrmSite.Search;
using CrmSite.Secretariats;
using CrmSite.Web.Cli;
using CrmSite.Web.Hosting;
using CrmSite.Workflows;

IModule[] modules =
[
    new ContentModule(),
    new IdentityModule(),
    new AdminModule(),
    new SearchModule(),
    new GraphQLModule(),
    new WorkflowsModule(),
    new ChaptersModule(),
    new SecretariatsModule(),
    new FactSheetsModule(),
    new ForumsModule(),
];

var cli = RecipeCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(cli ? [] : args);
builder.AddCrmSite(modules, logToStandardError: cli);

var app = builder.Build();
await app.PrepareStoreAsync();
if (cli)
{
    return await RecipeCommands.RunAsync(app, args);
}
app.UseCrmSite(modules);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
