using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrmSite.Content.Management;

/// <summary>
/// One problem with one member of an item: <c>FactSheet.Year</c>, <c>AutoroutePart.Path</c>, <c>ContentType</c>.
/// The message is written as an interpolated string, whose composite format (<c>{0} is required.</c>) and values are
/// kept, so the admin can show it in the user's language (<c>Localization/AdminText</c>) while the APIs answer in English.
/// </summary>
public sealed record ContentError
{
    public ContentError(string member, FormattableString message)
    {
        Member = member;
        Format = message.Format;
        Arguments = message.GetArguments();
        Message = message.ToString(CultureInfo.InvariantCulture);
    }

    public string Member { get; }

    /// <summary>The message in English, its values filled in.</summary>
    public string Message { get; }

    /// <summary>The message's composite format in English: the key of its translation.</summary>
    public string Format { get; }

    /// <summary>The values of the format's holes.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>A message that comes from elsewhere (a library's own text): shown as it is, in every language.</summary>
    public static ContentError Verbatim(string member, string message) =>
        new(member, FormattableStringFactory.Create("{0}", message));

    public void Deconstruct(out string member, out string message) => (member, message) = (Member, Message);

    public bool Equals(ContentError? other) => other is not null && Member == other.Member && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Member, Message);
}
