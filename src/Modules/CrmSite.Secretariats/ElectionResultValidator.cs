using CrmSite.Content.Management;

namespace CrmSite.Secretariats;

/// <summary>An election result: the term it elects for runs forwards and its votes add up.</summary>
public sealed class ElectionResultValidator : IContentValidator
{
    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name == SecretariatTypes.ElectionResult)
        {
            TermRules.CheckDates(context, SecretariatTypes.ElectionResult, "TermStart", "TermEnd");
            TermRules.CheckVotes(context, SecretariatTypes.ElectionResult, "VotesForElected");
        }
        return Task.CompletedTask;
    }
}
