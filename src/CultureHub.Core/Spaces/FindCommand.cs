using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

/// <summary>/find &lt;what&gt; [bei|near &lt;town&gt;]: spaces and gear nearest first, each with a book button.</summary>
public sealed class FindCommand(ListingQuery query, ListingFinder finder, ListingKinds kinds, SpaceMessages messages, IOptions<SpaceOptions> options) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("find", TextKeys.CommandFind, TextKeys.CommandFindArgs)
    {
        Arguments = [new CommandArgument("what", TextKeys.CommandFindWhat, IsRequired: true), new CommandArgument("near", TextKeys.CommandFindNear, Lead: "near")],
    };

    public IReadOnlyList<string> Aliases { get; } = ["suche", "raumsuche"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (command.Arguments.Length is 0 or > 200)
        {
            return Replies.One(Usage(context));
        }

        var request = query.Read(command.Arguments, language);
        if (request.HasTownText && request.Town is null)
        {
            return Replies.One(messages.Text(language, TextKeys.SpFindUnknownTown));
        }

        var town = request.Town ?? context.Member?.Town?.Place;
        var hits = await finder.FindAsync(request.Kinds, town?.Location, context.Member?.Id, options.Value.MaxResults, radiusKm: null, cancellationToken);
        if (hits.Count > 0)
        {
            var what = messages.KindLabel(request.Kinds[0], language);
            return Found(hits, town is null ? messages.Text(language, TextKeys.SpFindHeaderAnywhere, what) : messages.Text(language, TextKeys.SpFindHeader, what, town.Name), language);
        }

        // No kind answers, or none is shared nearby: the words may still stand in a listing's name or description.
        var byWords = await finder.FindByWordsAsync(request.What, town?.Location, context.Member?.Id, options.Value.MaxResults, cancellationToken);
        if (byWords.Count > 0)
        {
            return Found(byWords, town is null ? messages.Text(language, TextKeys.SpFindHeaderWordsAnywhere, request.What) : messages.Text(language, TextKeys.SpFindHeaderWords, request.What, town.Name), language);
        }

        if (request.Kinds.Count == 0)
        {
            return Replies.One(messages.Text(language, TextKeys.SpFindUnknownWhat, request.What) + "\n" + Usage(context));
        }

        var label = messages.KindLabel(request.Kinds[0], language);
        return Replies.One(town is null
            ? messages.Text(language, TextKeys.SpFindNoneAnywhere, label)
            : messages.Text(language, TextKeys.SpFindNone, label, town.Name, options.Value.SearchRadiusKm));
    }

    private IReadOnlyList<ChatReply> Found(IReadOnlyList<ListingHit> hits, string header, Language language)
    {
        var text = new StringBuilder(header);
        foreach (var hit in hits)
        {
            text.Append('\n').Append(messages.Line(hit, language));
        }

        return Replies.One(new ChatReply(text.ToString(), hits.Select(h => messages.BookButton(h.Listing, language)).ToList()));
    }

    private string Usage(ChatContext context) =>
        messages.Text(context.Language, TextKeys.SpFindUsage, string.Join(", ", kinds.Known.Select(k => kinds.Label(k.Id, context.Language))));
}
