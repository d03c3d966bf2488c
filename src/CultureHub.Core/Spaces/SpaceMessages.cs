using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>How listings and bookings read in chat: the region's times, the reader's language, the town but never the address unless approved.</summary>
public sealed class SpaceMessages(TextCatalog texts, ListingKinds kinds, HubDirectory hubs, ICalendarWriter calendar, RegionTime region)
{
    public string Text(Language language, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(language, key) : texts.Format(language, key, arguments);

    public string KindLabel(string kind, Language language) => kinds.Label(kind, language);

    /// <summary>"Fr., 18.12.2027, 19:00–22:00"; a span into the next day names both days.</summary>
    public string When(DateTimeOffset startsAt, DateTimeOffset endsAt, Language language)
    {
        var culture = TextCatalog.CultureFor(language);
        var start = region.ToLocal(startsAt);
        var end = region.ToLocal(endsAt);
        return start.Date == end.Date
            ? $"{start.ToString("ddd dd.MM.yyyy, HH:mm", culture)}–{end.ToString("HH:mm", culture)}"
            : $"{start.ToString("ddd dd.MM.yyyy, HH:mm", culture)} – {end.ToString("ddd dd.MM., HH:mm", culture)}";
    }

    public string When(Booking booking, Language language) => When(booking.StartsAt, booking.EndsAt, language);

    public string Availability(Availability availability, Language language)
    {
        if (availability.IsByArrangement)
        {
            return texts.Get(language, TextKeys.SpAvailabilityArrangement);
        }

        var culture = TextCatalog.CultureFor(language);
        return string.Join(", ", availability.Windows
            .GroupBy(w => (w.FromMinute, w.ToMinute))
            .Select(g => $"{string.Join('/', g.Select(w => culture.DateTimeFormat.GetAbbreviatedDayName(w.Day).TrimEnd('.')))} {Clock(g.Key.FromMinute)}–{Clock(g.Key.ToMinute)}"));
    }

    public string Terms(ListingTerms terms, Language language) => terms.Kind switch
    {
        TermsKind.Free => texts.Get(language, TextKeys.SpTermsFree),
        _ => terms.Text,
    };

    public string Owner(Listing listing, string? ownerName) =>
        listing.HubId is { } hubId ? hubs.Find(hubId)?.Name ?? hubId : ownerName ?? "?";

    /// <summary>One result line: what, where (town only), how far, when, terms, id.</summary>
    public string Line(ListingHit hit, Language language)
    {
        var listing = hit.Listing;
        var distance = hit.DistanceKm is { } km ? texts.Format(language, TextKeys.SpFindDistance, Math.Round(km).ToString("0", CultureInfo.InvariantCulture)) : string.Empty;
        return texts.Format(language, TextKeys.SpFindLine, listing.Title, KindLabel(listing.Kind, language), listing.Town.Name, distance,
            Availability(listing.Availability, language), Terms(listing.Terms, language), listing.Id);
    }

    /// <summary>The listing's card; the address only when <paramref name="showAddress"/> (an approved booking).</summary>
    public string Card(Listing listing, Language language, bool showAddress)
    {
        var lines = new List<string>
        {
            texts.Format(language, TextKeys.SpCardTitle, listing.Title, KindLabel(listing.Kind, language), listing.Id),
            texts.Format(language, TextKeys.SpCardWhere, showAddress && listing.Address.Length > 0 ? $"{listing.Address}, {listing.Town.Name}" : listing.Town.Name),
            texts.Format(language, TextKeys.SpCardWhen, Availability(listing.Availability, language)),
            texts.Format(language, TextKeys.SpCardTerms, Terms(listing.Terms, language)),
        };
        if (listing.Capacity is { } capacity)
        {
            lines.Add(texts.Format(language, TextKeys.SpCardCapacity, capacity));
        }

        if (listing.Description.Length > 0)
        {
            lines.Add(listing.Description);
        }

        return string.Join('\n', lines);
    }

    public ChatButton BookButton(Listing listing, Language language) =>
        new(SpaceButtons.Id("book", listing.Id), texts.Format(language, TextKeys.SpButtonBook, listing.Title));

    /// <summary>The .ics of an approved (or cancelled) booking, with the address: only its two sides get it.</summary>
    public ChatAttachment CalendarFile(Booking booking, Listing listing, int sequence = 0)
    {
        var location = listing.Address.Length > 0 ? $"{listing.Address}, {listing.Town.Name}" : listing.Town.Name;
        var entry = new CalendarEvent($"booking-{booking.Id}", listing.Title, listing.Description, location, listing.Town.Location,
            booking.StartsAt, booking.EndsAt, sequence, booking.State == BookingState.Cancelled);
        return new ChatAttachment($"booking-{booking.Id}.ics", "text/calendar", calendar.WriteEvents([entry], listing.Title));
    }

    private static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{(minutes / 60) % 24:00}:{minutes % 60:00}").Replace("24:00", "00:00", StringComparison.Ordinal);
}
