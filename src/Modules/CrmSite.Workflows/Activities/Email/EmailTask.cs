using System.Text.Json.Nodes;
using CrmSite.Workflows.Engine;
using MimeKit;

namespace CrmSite.Workflows.Activities.Email;

/// <summary>
/// Orchard's <c>EmailTask</c>: Author (From; <c>CrmSite:Smtp:DefaultSender</c> when empty), Sender, ReplyTo,
/// Recipients, Cc, Bcc, Subject and Body are Liquid; addresses and the subject are rendered as plain text, an HTML
/// body (<c>IsHtmlBody</c>, the default) is encoded. <c>Done</c> once delivered; <c>Failed</c>, with the reason in
/// the journal, when an address list does not parse, nobody is addressed, or the server refuses the message.
/// </summary>
public sealed class EmailTask(MailDelivery delivery, TimeProvider clock) : TaskActivity
{
    public override string Name => "EmailTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var message = new MimeMessage { Date = clock.GetUtcNow() };
        var problems = new List<string>();
        var author = await PlainAsync(workflow, activity, "Author") is { Length: > 0 } a ? a : delivery.Options.DefaultSender ?? "";
        Addresses(message.From, author, "Author", problems);
        if (await PlainAsync(workflow, activity, "Sender") is { Length: > 0 } sender)
        {
            var senders = new InternetAddressList();
            Addresses(senders, sender, "Sender", problems);
            message.Sender = senders.Mailboxes.FirstOrDefault();
        }
        Addresses(message.ReplyTo, await PlainAsync(workflow, activity, "ReplyTo"), "ReplyTo", problems);
        Addresses(message.To, await PlainAsync(workflow, activity, "Recipients"), "Recipients", problems);
        Addresses(message.Cc, await PlainAsync(workflow, activity, "Cc"), "Cc", problems);
        Addresses(message.Bcc, await PlainAsync(workflow, activity, "Bcc"), "Bcc", problems);
        if (message.From.Count == 0 && !problems.Any(p => p.StartsWith("Author", StringComparison.Ordinal)))
        {
            problems.Add("Author is empty and CrmSite:Smtp:DefaultSender is not configured.");
        }
        if (message.To.Count + message.Cc.Count + message.Bcc.Count == 0)
        {
            problems.Add("Recipients, Cc and Bcc address nobody.");
        }
        if (problems.Count > 0)
        {
            return Failed(workflow, activity, string.Join(" ", problems));
        }
        message.Subject = await PlainAsync(workflow, activity, "Subject");
        var html = !activity.Properties.ContainsKey("IsHtmlBody") || activity.Flag("IsHtmlBody");
        var body = await workflow.RenderLiquidAsync(activity.Expression("Body"), encode: html);
        message.Body = new TextPart(html ? "html" : "plain") { Text = body };
        try
        {
            var where = await delivery.SendAsync(message, CancellationToken.None);
            workflow.LastResult = new JsonObject { ["MessageId"] = message.MessageId, ["DeliveredTo"] = where };
            workflow.Journal(activity.ActivityId, "Information", $"Mail '{message.Subject}' to {message.To} delivered ({where}).");
            return ActivityResult.Outcomes("Done");
        }
        catch (MailDeliveryException e)
        {
            return Failed(workflow, activity, e.Message);
        }
    }

    private static async Task<string> PlainAsync(WorkflowContext workflow, ActivityContext activity, string property) =>
        (await workflow.RenderLiquidAsync(activity.Expression(property), encode: false)).Trim();

    private static void Addresses(InternetAddressList target, string text, string property, List<string> problems)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (!InternetAddressList.TryParse(text, out var parsed) || parsed.Mailboxes.Any(m => !m.Address.Contains('@', StringComparison.Ordinal)))
        {
            problems.Add($"{property} is not a list of e-mail addresses: '{text}'.");
            return;
        }
        target.AddRange(parsed);
    }

    private static ActivityResult Failed(WorkflowContext workflow, ActivityContext activity, string reason)
    {
        workflow.LastResult = new JsonObject { ["Error"] = reason };
        workflow.Journal(activity.ActivityId, "Error", reason);
        return ActivityResult.Outcomes("Failed");
    }
}
