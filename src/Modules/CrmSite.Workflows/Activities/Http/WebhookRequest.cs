namespace CrmSite.Workflows.Activities.Http;

/// <summary>A request an <see cref="HttpRequestTask"/> sends, as plain values, so each attempt builds a fresh message from it.</summary>
public sealed record WebhookRequest(
    Uri Url,
    HttpMethod Method,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string ContentType,
    int MaxRetries);
