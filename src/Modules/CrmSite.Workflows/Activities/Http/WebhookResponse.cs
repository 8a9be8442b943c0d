namespace CrmSite.Workflows.Activities.Http;

/// <summary>The answer a request finally got, and how many attempts it took.</summary>
public sealed record WebhookResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, int Attempts);
