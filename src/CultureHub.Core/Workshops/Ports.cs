using CultureHub.Core.Places;

namespace CultureHub.Core.Workshops;

/// <summary>A workshop with its hub, as calendar files need both.</summary>
public sealed record CalendarEntry(Workshop Workshop, HubOptions Hub);

/// <summary>
/// One calendar event of any feature (a workshop, an approved booking). <see cref="Uid"/> is stable per
/// thing (<c>booking-k7m2q</c>); <see cref="Sequence"/> rises with every change, so calendars update it.
/// </summary>
public sealed record CalendarEvent(
    string Uid,
    string Summary,
    string Description,
    string Location,
    GeoPoint? Point,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Sequence = 0,
    bool IsCancelled = false);

/// <summary>Writes RFC 5545 calendar files; implemented outside the core.</summary>
public interface ICalendarWriter
{
    /// <summary>One VCALENDAR with one VEVENT per entry, times in the region's time zone with its VTIMEZONE.</summary>
    byte[] Write(IReadOnlyList<CalendarEntry> entries, string calendarName);

    /// <summary>The same file for events of any feature.</summary>
    byte[] WriteEvents(IReadOnlyList<CalendarEvent> events, string calendarName);
}

/// <summary>One row of the participant export.</summary>
public sealed record ParticipantRow(string Name, string Status, int? WaitlistPosition, DateTimeOffset SignedUpAt, bool Attended, string Town, string Sectors);

/// <summary>Writes the participant list as CSV; implemented outside the core.</summary>
public interface IParticipantExporter
{
    byte[] WriteCsv(IReadOnlyList<ParticipantRow> rows);
}

/// <summary>Suggestions for a command's argument (Discord autocomplete): command name and a partial value.</summary>
public interface ICommandArgumentSource
{
    bool Handles(string commandName);

    /// <summary>For commands with named arguments (<see cref="Chat.CommandDescriptor.Arguments"/>): whether this one is suggested.</summary>
    bool Handles(string commandName, string argumentName) => Handles(commandName);

    Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string partial, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string argumentName, string partial, CancellationToken cancellationToken) =>
        SuggestAsync(commandName, partial, cancellationToken);
}

public sealed record ArgumentSuggestion(string Value, string Label);
