namespace CrmSite.Content.Setup;

/// <summary>Work a module does once, in the setup transaction, after the setup recipe (e.g. creating the administrator).</summary>
public interface ISetupStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
