using System.Security.Cryptography;
using CrmSite.Workflows.Activities.Signals;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class SignalTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unprotect_GivesTheTokenBack_WhenItWasSignedWithTheKey()
    {
        var token = new SignalToken("approve", "item-1", "workflow-1", Now.AddDays(1).ToUnixTimeSeconds());

        var check = SignalToken.Unprotect(token.Protect(Key), Key, Now);

        Assert.Equal(SignalTokenProblem.None, check.Problem);
        Assert.Equal(token, check.Token);
    }

    [Fact]
    public void Unprotect_RefusesTheSignature_WhenThePayloadIsChanged()
    {
        var text = new SignalToken("approve", "item-1", null, null).Protect(Key);
        var forged = new SignalToken("approve", "item-2", null, null).Protect(RandomNumberGenerator.GetBytes(32));
        var spliced = forged.Split('.')[0] + "." + text.Split('.')[1];

        var check = SignalToken.Unprotect(spliced, Key, Now);
        var otherKey = SignalToken.Unprotect(forged, Key, Now);

        Assert.Equal(SignalTokenProblem.BadSignature, check.Problem);
        Assert.Null(check.Token);
        Assert.Equal(SignalTokenProblem.BadSignature, otherKey.Problem);
    }

    [Fact]
    public void Unprotect_SaysExpired_WhenTheExpiryHasPassed()
    {
        var text = new SignalToken("approve", "item-1", null, Now.AddSeconds(-1).ToUnixTimeSeconds()).Protect(Key);

        var check = SignalToken.Unprotect(text, Key, Now);

        Assert.Equal(SignalTokenProblem.Expired, check.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!.??")]
    public void Unprotect_SaysMalformed_WhenTheTextIsNotAToken(string? text)
    {
        var check = SignalToken.Unprotect(text, Key, Now);

        Assert.Equal(SignalTokenProblem.Malformed, check.Problem);
    }
}
