using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Management;
using CrmSite.Workflows.Activities.Signals;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Workflows.Api;

/// <summary>
/// <c>GET|POST /workflows/signal?token=...</c>: anonymous, as the link arrives in a mail or a webhook; the signed
/// token is the authorisation. A valid token raises its <c>SignalEvent</c> for its correlation id (only in its
/// instance when it names one): 202 with the number of instances run; 400 for a missing or malformed token,
/// 403 for one this site did not sign or that has expired.
/// </summary>
public static class SignalsApi
{
    public static IEndpointRouteBuilder MapSignals(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SignalUrls.Path, [HttpMethods.Get, HttpMethods.Post], RaiseSignal).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    public static async Task<Results<Accepted<SignalsResult>, ProblemHttpResult>> RaiseSignal(string? token, SignalKey key,
        WorkflowEvents events, WorkflowInstanceStore instances, TimeProvider clock, CancellationToken cancellationToken)
    {
        var check = SignalToken.Unprotect(token, await key.GetAsync(cancellationToken), clock.GetUtcNow());
        switch (check.Problem)
        {
            case SignalTokenProblem.Malformed:
                return ApiProblems.BadRequest("token", "token is missing or is not a signal token.");
            case SignalTokenProblem.BadSignature:
                return Forbidden("token was not signed by this site.");
            case SignalTokenProblem.Expired:
                return Forbidden("token has expired.");
        }
        var signal = check.Token!;
        var input = new JsonObject { [SignalEvent.SignalInput] = signal.SignalName };
        if (signal.WorkflowId is null)
        {
            var run = await events.RaiseAsync(new PendingEvent(SignalEvent.ActivityName, input, signal.CorrelationId), cancellationToken);
            return TypedResults.Accepted((string?)null, new SignalsResult(signal.SignalName, run.Count));
        }
        var resumed = 0;
        var instance = await instances.GetAsync(signal.WorkflowId, cancellationToken);
        foreach (var waiting in instance?.BlockingActivities.Where(b => b.Name == SignalEvent.ActivityName).ToList() ?? [])
        {
            if (await events.ResumeAsync(instance!, waiting.ActivityId, (JsonObject)input.DeepClone(), cancellationToken) is not null)
            {
                resumed++;
                break;
            }
        }
        return TypedResults.Accepted((string?)null, new SignalsResult(signal.SignalName, resumed));
    }

    private static ProblemHttpResult Forbidden(string message) =>
        ApiProblems.Problem(StatusCodes.Status403Forbidden, "Forbidden.", [ContentError.Verbatim("token", message)]);
}
