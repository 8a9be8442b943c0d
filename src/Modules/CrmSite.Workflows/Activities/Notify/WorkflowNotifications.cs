namespace CrmSite.Workflows.Activities.Notify;

/// <summary>What notify tasks said during this request (a scoped service), for the page or API answer to show.</summary>
public sealed class WorkflowNotifications
{
    private readonly List<(string Type, string Message)> _messages = [];

    public IReadOnlyList<(string Type, string Message)> Messages => _messages;

    public void Add(string type, string message) => _messages.Add((type, message));
}
