using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>The reference model's role table is the setup recipe's, so a change to either shows here rather than as matrix mismatches.</summary>
public sealed class ReferenceModelTests
{
    [Fact]
    public void Roles_AreTheSetupRecipesRoles()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Recipe("crm-setup.recipe.json")))!;

        var roles = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Roles")!["Roles"]!.AsArray()
            .ToDictionary(r => r!["Name"]!.GetValue<string>(), r => r!["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()).Order().ToList());

        foreach (var (role, permissions) in ReferenceModel.Roles)
        {
            Assert.True(roles.ContainsKey(role), $"the setup recipe has no role {role}");
            Assert.Equal(permissions.Order().ToList(), roles[role]);
        }
    }
}
