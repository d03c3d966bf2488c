using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>A stored profile as /profile shows it: the card, the understood labels, and buttons to correct them.</summary>
public sealed class ProfileView(ProfileCard card, UnderstoodLabels labels, TextCatalog texts)
{
    public ChatReply For(Member member) => new(
        texts.Get(member.Language, TextKeys.ProfileHeader) + "\n\n" + card.Render(member),
        labels.Buttons(MemberDraft.From(member), member.Language));
}
