using System.Text;
using CultureHub.Core.Chat;
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
        if (request.Kinds.Count == 0)
        {
            return Replies.One(messages.Text(language, TextKeys.SpFindUnknownWhat, request.What) + "\n" + Usage(context));
        }

        if (request.HasTownText && request.Town is null)
        {
            return Replies.One(messages.Text(language, TextKeys.SpFindUnknownTown));
        }

        var town = request.Town ?? context.Member?.Town?.Place;
        var hits = await finder.FindAsync(request.Kinds, town?.Location, context.Member?.Id, options.Value.MaxResults, radiusKm: null, cancellationToken);
        var what = messages.KindLabel(request.Kinds[0], language);
        if (hits.Count == 0)
        {
            return Replies.One(town is null
                ? messages.Text(language, TextKeys.SpFindNoneAnywhere, what)
                : messages.Text(language, TextKeys.SpFindNone, what, town.Name, options.Value.SearchRadiusKm));
        }

        var text = new StringBuilder(town is null ? messages.Text(language, TextKeys.SpFindHeaderAnywhere, what) : messages.Text(language, TextKeys.SpFindHeader, what, town.Name));
        foreach (var hit in hits)
        {
            text.Append('\n').Append(messages.Line(hit, language));
        }

        return Replies.One(new ChatReply(text.ToString(), hits.Select(h => messages.BookButton(h.Listing, language)).ToList()));
    }

    private string Usage(ChatContext context) =>
        messages.Text(context.Language, TextKeys.SpFindUsage, string.Join(", ", kinds.Known.Select(k => kinds.Label(k.Id, context.Language))));
}
