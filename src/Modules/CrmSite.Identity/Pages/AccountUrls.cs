using Microsoft.AspNetCore.Mvc;

namespace CrmSite.Identity.Pages;

/// <summary>Where the account pages send a browser afterwards.</summary>
public static class AccountUrls
{
    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site (not <c>//host</c>, <c>/\host</c> or an absolute
    /// URL: an open redirect would let a phishing link borrow the sign-in page), otherwise the admin start page.
    /// </summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : AccountPages.HomePath;
}
