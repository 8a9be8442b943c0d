using System.Globalization;
using System.Threading.RateLimiting;
using CrmSite.Content.Api;
using CrmSite.Content.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CrmSite.Identity.SignIn;

/// <summary>
/// Sign-in attempts (the sign-in and password pages' POSTs, <c>/api/account/login</c> and
/// <c>/api/account/change-password</c>) are limited per client address: <see cref="SignInLimitOptions.AttemptsPerMinute"/>
/// in a fixed minute, then 429 with <c>Retry-After</c>. This is on top of the per-account lockout, which alone
/// would let one address try a password on every account.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static void Configure(RateLimiterOptions options, SignInLimitOptions signIn)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = signIn.AttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("read"));
        options.OnRejected = async (context, cancellationToken) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many sign-in attempts.",
                    [new ContentError("password", $"Too many sign-in attempts from this address; try again in {seconds} seconds.")])
                .ExecuteAsync(context.HttpContext);
        };
    }
}

/// <summary>Sign-in settings, from <c>CrmSite:SignIn</c>.</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Sign-in attempts one client address may make in a minute.</summary>
    public int AttemptsPerMinute { get; set; } = 10;
}
