using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

/// <summary>
/// When what a member seeks is a space or gear ("wir suchen einen Proberaum"), proposes the nearest
/// fitting listing: after the profile is saved and alongside /match. It reads only the member's seek
/// tags and the listings; the matcher does not know about it.
/// </summary>
public sealed class ListingSuggestions(
    ListingKinds kinds,
    ListingFinder finder,
    IMemberStore members,
    SpaceMessages messages,
    IOptions<SpaceOptions> options) : IProfileSavedListener, IMatchCompanion
{
    private const double MinConfidence = 0.5;

    public Task<IReadOnlyList<ChatReply>> ProfileSavedAsync(Member member, bool isNew, CancellationToken cancellationToken) => ForAsync(member, cancellationToken);

    public Task<IReadOnlyList<ChatReply>> AlongsideMatchAsync(Member member, CancellationToken cancellationToken) => ForAsync(member, cancellationToken);

    public async Task<IReadOnlyList<ChatReply>> ForAsync(Member member, CancellationToken cancellationToken)
    {
        var sought = member.SeekTags.Where(t => t.Confidence >= MinConfidence).OrderByDescending(t => t.Confidence).Select(t => t.CompetenceId);
        var wanted = kinds.Answering(sought, isStrict: true);
        if (wanted.Count == 0 || member.Town?.Place is not { } home)
        {
            return [];
        }

        var hits = await finder.FindAsync(wanted, home.Location, member.Id, max: 1, options.Value.ProposalRadiusKm, cancellationToken);
        if (hits.Count == 0)
        {
            return [];
        }

        var listing = hits[0].Listing;
        var ownerName = listing.OwnerMemberId is { } ownerId ? (await members.GetAsync(ownerId, cancellationToken))?.DisplayName : null;
        var km = Math.Round(hits[0].DistanceKm ?? 0).ToString("0", CultureInfo.InvariantCulture);
        var text = messages.Text(member.Language, TextKeys.SpSuggest, messages.KindLabel(listing.Kind, member.Language), messages.Owner(listing, ownerName), listing.Title, listing.Town.Name, km);
        return [new ChatReply(text, [messages.BookButton(listing, member.Language)])];
    }
}
