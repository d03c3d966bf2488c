using CultureHub.Core.Chat;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Introductions;

/// <summary>/match: "find me someone now", at most once per cooldown.</summary>
public sealed class MatchCommand(
    MatchingRoundService rounds,
    IIntroductionStore introductions,
    TextCatalog texts,
    IOptions<IntroductionOptions> options,
    IEnumerable<IMatchCompanion> companions,
    RegionTime region,
    TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("match", TextKeys.CommandMatch);

    public IReadOnlyList<string> Aliases { get; } = ["finden", "vorschlag"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ProfileNone));
        }

        if (member.IsMatchingPaused)
        {
            return Replies.One(texts.Get(member.Language, TextKeys.MatchPaused));
        }

        var cooldown = TimeSpan.FromHours(options.Value.OnDemandCooldownHours);
        var last = (await introductions.ForMemberAsync(member.Id, cancellationToken))
            .Where(i => i.Origin == "on_demand" && i.First.MemberId == member.Id)
            .Select(i => i.ProposedAt)
            .DefaultIfEmpty(DateTimeOffset.MinValue)
            .Max();
        var next = last == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : last + cooldown;
        if (next > time.GetUtcNow())
        {
            var local = region.ToLocal(next);
            return Replies.One(texts.Format(member.Language, TextKeys.MatchCooldown, local.ToString("g", TextCatalog.CultureFor(member.Language))));
        }

        var introduction = await rounds.ProposeForAsync(member, "on_demand", cancellationToken);
        var replies = new List<ChatReply> { new(texts.Get(member.Language, introduction is null ? TextKeys.MatchNobody : TextKeys.MatchFound)) };
        foreach (var companion in companions)
        {
            replies.AddRange(await companion.AlongsideMatchAsync(member, cancellationToken));
        }

        return replies;
    }
}
