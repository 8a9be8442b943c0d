using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Identity.OpenId;

/// <summary>Adds OpenIddict's tables (applications, authorizations, scopes, tokens) to the store.</summary>
public sealed class OpenIdStoreModel : IStoreModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.UseOpenIddict();
}
