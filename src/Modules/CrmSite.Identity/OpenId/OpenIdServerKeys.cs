using System.Security.Cryptography;
using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace CrmSite.Identity.OpenId;

/// <summary>
/// The token server's signing and encryption keys. They live in the store, made on first use, so that tokens
/// survive restarts and every node accepts the tokens of every other.
/// </summary>
public sealed class OpenIdServerKeys(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    private const string DocumentName = "OpenIdServerKeys";

    public void Configure(OpenIddictServerOptions options)
    {
        var keys = LoadOrCreate();
        options.SigningCredentials.Add(new SigningCredentials(Import(keys.SigningKey), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(Import(keys.EncryptionKey),
            SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private KeySet LoadOrCreate()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        if (Read(db) is { } existing)
        {
            return existing;
        }
        var created = new KeySet(NewKey(), NewKey());
        try
        {
            db.Documents.Add(new DocumentRecord
            {
                Name = DocumentName,
                Content = JsonSerializer.Serialize(created, ContentJson.SerializerOptions),
                Version = 1,
            });
            db.SaveChanges();
            return created;
        }
        catch (DbUpdateException)
        {
            // Another node made the keys first: use theirs.
            db.ChangeTracker.Clear();
            return Read(db) ?? throw new InvalidOperationException("The token server keys could not be stored.");
        }
    }

    private static KeySet? Read(CrmSiteDbContext db)
    {
        var content = db.Documents.AsNoTracking().Where(d => d.Name == DocumentName).Select(d => d.Content).FirstOrDefault();
        return content is null ? null : JsonSerializer.Deserialize<KeySet>(content, ContentJson.SerializerOptions);
    }

    private static string NewKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static RsaSecurityKey Import(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }

    private sealed record KeySet(string SigningKey, string EncryptionKey);
}
