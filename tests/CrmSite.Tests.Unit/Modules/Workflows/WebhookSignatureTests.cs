using System.Text;
using CrmSite.Workflows.Activities.Http;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_GivesTheHexHmacSha256OfTimestampDotBody_WhenSignedWithASecret()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");

        var signature = WebhookSignature.Sign("secret", "1700000000", body);

        // HMAC-SHA256("secret", 1700000000.{"a":1}) as any receiver computes it (Python's hmac module gives the same).
        Assert.Equal("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686", signature);
    }

    [Fact]
    public void Verify_IsFalse_WhenTheBodyTheTimestampOrTheSecretDiffers()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signature = WebhookSignature.Sign("secret", "1700000000", body);

        var same = WebhookSignature.Verify("secret", "1700000000", body, signature);
        var otherBody = WebhookSignature.Verify("secret", "1700000000", Encoding.UTF8.GetBytes("{\"a\":2}"), signature);
        var replayed = WebhookSignature.Verify("secret", "1800000000", body, signature);
        var otherSecret = WebhookSignature.Verify("other", "1700000000", body, signature);
        var missing = WebhookSignature.Verify("secret", "1700000000", body, null);

        Assert.True(same);
        Assert.False(otherBody);
        Assert.False(replayed);
        Assert.False(otherSecret);
        Assert.False(missing);
    }
}
