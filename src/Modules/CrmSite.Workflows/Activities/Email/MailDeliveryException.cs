namespace CrmSite.Workflows.Activities.Email;

/// <summary>A message could not be delivered; the message says why, without secrets.</summary>
public sealed class MailDeliveryException(string message) : Exception(message);
