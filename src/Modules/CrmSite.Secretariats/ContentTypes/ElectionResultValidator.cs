using CrmSite.Content.Management;

namespace CrmSite.Secretariats.ContentTypes;

/// <summary>An election result: the term it elects for runs forwards, its votes add up, a member organisation won.</summary>
public sealed class ElectionResultValidator(ContentReader content) : IContentValidator
{
    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name == SecretariatTypes.ElectionResult)
        {
            TermRules.CheckDates(context, SecretariatTypes.ElectionResult, "TermStart", "TermEnd");
            TermRules.CheckVotes(context, SecretariatTypes.ElectionResult, "VotesForElected");
            await TermRules.CheckHostAsync(context, content, SecretariatTypes.ElectionResult, "ElectedOrganization", cancellationToken);
        }
    }
}
