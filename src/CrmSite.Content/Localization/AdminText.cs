namespace CrmSite.Content.Localization;

/// <summary>
/// The admin's one catalogue of texts: every module's admin pages and the validation messages shown beside fields
/// are looked up here with <c>IStringLocalizer&lt;AdminText&gt;</c>. A text's key is its English wording, so English
/// needs no file and a missing translation shows the English text; <c>AdminText.ur.resx</c> holds the Urdu. Keys that
/// take values use composite-format holes (<c>{0} is required.</c>), as <see cref="Management.ContentError.Format"/>
/// keeps them.
/// </summary>
public sealed class AdminText;
