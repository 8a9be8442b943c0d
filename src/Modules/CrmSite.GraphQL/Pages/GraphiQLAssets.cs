using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace CrmSite.GraphQL.Pages;

/// <summary>
/// The GraphiQL bundle that the module's build makes from <c>client/</c> into <c>wwwroot/graphiql/</c> when Node.js
/// is there, served under <see cref="BasePath"/>. Without it the page explains how to build it.
/// </summary>
public sealed class GraphiQLAssets(IFileProvider files)
{
    public const string BasePath = "/_content/CrmSite.GraphQL/graphiql/";
    public const string Script = BasePath + "graphiql.js";
    public const string Stylesheet = BasePath + "graphiql.css";

    /// <summary>
    /// The web root (in a build: the modules' wwwroot folders through the static web assets manifest) and a published
    /// site's wwwroot beside its binaries, as the host serves them: a published site may start in another folder.
    /// </summary>
    public static GraphiQLAssets From(IWebHostEnvironment environment)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return new GraphiQLAssets(Directory.Exists(published)
            ? new CompositeFileProvider(environment.WebRootFileProvider, new PhysicalFileProvider(published))
            : environment.WebRootFileProvider);
    }

    /// <summary>Whether the bundle is there (checked on each call: a bundle built while the site runs is picked up).</summary>
    public bool IsBuilt => files.GetFileInfo(Script).Exists && files.GetFileInfo(Stylesheet).Exists;

    /// <summary>
    /// The URL of <paramref name="path"/> with a version (its time and size), so that a rebuilt bundle is fetched again;
    /// the script passes its version on to the workers. Chunks carry content hashes in their names.
    /// </summary>
    public string Versioned(string path)
    {
        var file = files.GetFileInfo(path);
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{path}?v={file.LastModified.UtcTicks:x}{file.Length:x}") : path;
    }
}
