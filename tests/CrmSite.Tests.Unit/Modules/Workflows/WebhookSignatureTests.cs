using System.Text;
using CrmSite.Workflows.Activities.Http;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_GivesTheHexHmacSha256OfTheBody_WhenSignedWithASecret()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");

        var signature = WebhookSignature.Sign("secret", body);

        // HMAC-SHA256("secret", {"a":1}) as any receiver computes it (Python's hmac module gives the same).
        Assert.Equal("sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494", signature);
    }

    [Fact]
    public void Verify_IsFalse_WhenTheBodyOrTheSecretDiffers()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signature = WebhookSignature.Sign("secret", body);

        var same = WebhookSignature.Verify("secret", body, signature);
        var otherBody = WebhookSignature.Verify("secret", Encoding.UTF8.GetBytes("{\"a\":2}"), signature);
        var otherSecret = WebhookSignature.Verify("other", body, signature);
        var missing = WebhookSignature.Verify("secret", body, null);

        Assert.True(same);
        Assert.False(otherBody);
        Assert.False(otherSecret);
        Assert.False(missing);
    }
}
