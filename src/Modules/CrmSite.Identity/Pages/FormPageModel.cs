using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CrmSite.Identity.Pages;

/// <summary>
/// A page whose form is answered with its errors beside their fields: 409 when the only trouble is that someone else
/// changed the record meanwhile (member <c>concurrencyStamp</c>), 422 for anything else.
/// </summary>
public abstract class FormPageModel : PageModel
{
    public const string StaleMember = "concurrencyStamp";

    protected IReadOnlyList<ContentError> FormErrors { get; private set; } = [];

    /// <summary>The messages of the errors that belong to <paramref name="member"/>.</summary>
    public IReadOnlyList<string> Errors(string member) => [.. FormErrors.Where(e => e.Member == member).Select(e => Text.Localize(e))];

    /// <summary>The admin's texts in the request's language.</summary>
    protected IStringLocalizer<AdminText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AdminText>>();

    /// <summary>
    /// Keeps <paramref name="errors"/> for the page and sets the answer's status; false when there are none.
    /// <paramref name="conflict"/> answers 409 for a clash with what is stored that is not a stale edit (a name taken).
    /// </summary>
    protected bool Refused(IReadOnlyList<ContentError> errors, bool conflict = false)
    {
        FormErrors = errors;
        if (errors.Count == 0)
        {
            return false;
        }
        Response.StatusCode = conflict || errors.Any(e => e.Member == StaleMember) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return true;
    }
}
