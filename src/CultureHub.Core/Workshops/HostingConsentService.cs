using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Asks members who offer something "Würdest du dazu einen Workshop geben?" and keeps their answer on
/// the profile (so /export shows it and /delete removes it). Only members who said yes can be invited
/// by a hub from the dashboard's workshop suggestions.
/// </summary>
public sealed class HostingConsentService(IMemberStore members, UnderstoodLabels labels, CompetenceTaxonomy taxonomy, TextCatalog texts, TimeProvider time) : IProfileSavedListener
{
    public const string ButtonPrefix = "host";

    /// <summary>After the profile is saved, once: the question with yes/no buttons, for members who offer a competence.</summary>
    public Task<IReadOnlyList<ChatReply>> ProfileSavedAsync(Member member, bool isNew, CancellationToken cancellationToken)
    {
        var offers = OfferLabels(member);
        return Task.FromResult<IReadOnlyList<ChatReply>>(member.Hosting is not null || offers.Length == 0 ? [] : [Question(member.Language, offers)]);
    }

    public ChatReply Question(Language language, string offers) => new(
        texts.Format(language, TextKeys.HostingQuestion, offers),
        [new ChatButton($"{ButtonPrefix}:yes", texts.Get(language, TextKeys.HostingYes)), new ChatButton($"{ButtonPrefix}:no", texts.Get(language, TextKeys.HostingNo))]);

    /// <summary>Stores the answer; keeps the invitations already sent so they are not repeated after a change of mind.</summary>
    public async Task<ChatReply> AnswerAsync(Member member, bool isWilling, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await members.UpdateAsync(
            member.Id, current => current with { Hosting = new HostingConsent(isWilling, now) { InvitedFor = current.Hosting?.InvitedFor ?? [] } }, cancellationToken);
        return new ChatReply(texts.Get(member.Language, isWilling ? TextKeys.HostingSavedYes : TextKeys.HostingSavedNo));
    }

    /// <summary>
    /// What the member offers (at most three competences), taken from the labels the card showed them
    /// and they could correct, never from readings too unsure to be shown.
    /// </summary>
    public string OfferLabels(Member member) =>
        texts.List(member.Language, labels.Shown(member.OfferTags, member.Language)
            .Where(l => l.CanOffer && taxonomy.Find(l.Id)?.Kind == EntryKind.Competence)
            .Take(3)
            .Select(l => l.Text)
            .ToList());
}

/// <summary>/teach [on|off]: shows or changes whether hubs may ask the member to give a workshop.</summary>
public sealed class TeachCommand(HostingConsentService hosting, TextCatalog texts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("teach", TextKeys.CommandTeach, TextKeys.CommandTeachArgs);

    public IReadOnlyList<string> Aliases { get; } = ["workshopgeben"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.WsNoProfile));
        }

        return command.Arguments.Trim().ToLowerInvariant() switch
        {
            "on" or "ja" or "yes" => [await hosting.AnswerAsync(member, isWilling: true, cancellationToken)],
            "off" or "nein" or "no" => [await hosting.AnswerAsync(member, isWilling: false, cancellationToken)],
            _ => [hosting.Question(member.Language, hosting.OfferLabels(member) is { Length: > 0 } offers ? offers : texts.Get(member.Language, TextKeys.HostingYourOffers))],
        };
    }
}

/// <summary>Buttons <c>host:yes</c>, <c>host:no</c> (the question) and <c>host:propose</c>, <c>host:later</c> (a hub's invitation).</summary>
public sealed class HostingButtons(HostingConsentService hosting, WorkshopForm form, TextCatalog texts) : IButtonHandler
{
    public string Prefix => HostingConsentService.ButtonPrefix;

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.WsNoProfile));
        }

        return argument switch
        {
            "yes" or "no" => [await hosting.AnswerAsync(member, argument == "yes", cancellationToken)],
            "propose" => await form.BeginAsync(context, isStaffForm: false, cancellationToken),
            "later" => Replies.One(texts.Get(member.Language, TextKeys.HostingLater)),
            _ => Replies.One(texts.Get(member.Language, TextKeys.ButtonOutdated)),
        };
    }
}
