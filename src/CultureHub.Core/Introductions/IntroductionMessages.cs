using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Introductions;

/// <summary>Everything the introductions say, in the recipient's language.</summary>
public sealed class IntroductionMessages(TextCatalog texts, ProfileCard card)
{
    public ChatReply Proposal(Introduction introduction, Member recipient, Member other)
    {
        var language = recipient.Language;
        var why = introduction.SideOf(recipient.Id).Why;
        var text = texts.Format(language, TextKeys.IntroProposal, other.DisplayName, card.Town(other.Town, language))
            + (string.IsNullOrWhiteSpace(why) ? string.Empty : "\n" + why)
            + "\n\n" + Card(other, language)
            + "\n\n" + texts.Format(language, TextKeys.IntroProposalQuestion, introduction.ExpiresAt.ToString("d", TextCatalog.CultureFor(language)));
        return new ChatReply(text,
        [
            new ChatButton($"intro:yes:{introduction.Id}", texts.Get(language, TextKeys.IntroYes)),
            new ChatButton($"intro:later:{introduction.Id}", texts.Get(language, TextKeys.IntroNotNow)),
            new ChatButton($"intro:block:{introduction.Id}", texts.Get(language, TextKeys.IntroBlock)),
        ]) { About = [other.Id] };
    }

    /// <summary>The first message of an accepted introduction: who the other is, and a place to meet in person.</summary>
    public ChatReply Introduction(Member recipient, Member other, MeetingHint? meeting = null) =>
        new(texts.Format(recipient.Language, TextKeys.IntroOpened, other.DisplayName) + "\n\n" + Card(other, recipient.Language) + Meeting(meeting, recipient.Language)) { About = [other.Id] };

    public ChatReply RelayIntroduction(Member recipient, Member other, MeetingHint? meeting = null) =>
        new(texts.Format(recipient.Language, TextKeys.IntroOpened, other.DisplayName) + "\n\n" + Card(other, recipient.Language)
            + "\n\n" + texts.Format(recipient.Language, TextKeys.IntroRelayHint, other.DisplayName) + Meeting(meeting, recipient.Language)) { About = [other.Id] };

    public ChatReply Relayed(Member recipient, Member sender, string text) =>
        new(texts.Format(recipient.Language, TextKeys.RelayMessage, sender.DisplayName, text)) { About = [sender.Id] };

    public ChatReply MetQuestion(Introduction introduction, Member recipient, Member other) => new(
        texts.Format(recipient.Language, TextKeys.FollowupMet, other.DisplayName),
        [
            new ChatButton($"followup:met:yes:{introduction.Id}", texts.Get(recipient.Language, TextKeys.FollowupMetYes)),
            new ChatButton($"followup:met:no:{introduction.Id}", texts.Get(recipient.Language, TextKeys.FollowupMetNo)),
        ]) { About = [other.Id] };

    public ChatReply OutcomeQuestion(Introduction introduction, Member recipient, Member other) => new(
        texts.Format(recipient.Language, TextKeys.FollowupOutcome, other.DisplayName),
        Enum.GetValues<IntroductionOutcome>()
            .Where(o => o != IntroductionOutcome.Unknown)
            .Select(o => new ChatButton($"followup:outcome:{o.ToString().ToLowerInvariant()}:{introduction.Id}", texts.Get(recipient.Language, OutcomeKey(o))))
            .ToList()) { About = [other.Id] };

    public ChatReply Text(Language language, string key, params object?[] arguments) => new(texts.Format(language, key, arguments));

    /// <summary>A text that names another member, withdrawn from a waiting inbox when they erase their data.</summary>
    public ChatReply TextAbout(string memberId, Language language, string key, params object?[] arguments) => Text(language, key, arguments) with { About = [memberId] };

    private static string Meeting(MeetingHint? meeting, Language language) =>
        meeting?.Invoke(language) is { Length: > 0 } text ? "\n\n" + text : string.Empty;

    private string Card(Member member, Language language)
    {
        var lines = new List<string> { $"🎨 {card.SectorList(member.Sectors, language)}", $"✨ {member.Offers}" };
        if (!string.IsNullOrWhiteSpace(member.Seeks))
        {
            lines.Add($"🔎 {member.Seeks}");
        }

        if (member.Links.Count > 0)
        {
            lines.Add("🔗 " + string.Join(" ", member.Links));
        }

        return string.Join("\n", lines);
    }

    private static string OutcomeKey(IntroductionOutcome outcome) => outcome switch
    {
        IntroductionOutcome.Project => TextKeys.FollowupOutcomeProject,
        IntroductionOutcome.Gig => TextKeys.FollowupOutcomeGig,
        IntroductionOutcome.Collaboration => TextKeys.FollowupOutcomeCollaboration,
        _ => TextKeys.FollowupOutcomeNothing,
    };
}
