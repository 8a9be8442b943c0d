namespace CrmSite.Tests.Browser.Infrastructure;

/// <summary>The browser tests share one site and one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSiteGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
