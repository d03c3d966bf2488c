namespace CultureHub.Core.Workshops;

/// <summary>A workshop with its hub, as calendar files need both.</summary>
public sealed record CalendarEntry(Workshop Workshop, HubOptions Hub);

/// <summary>Writes RFC 5545 calendar files; implemented outside the core.</summary>
public interface ICalendarWriter
{
    /// <summary>One VCALENDAR with one VEVENT per entry, times in the region's time zone with its VTIMEZONE.</summary>
    byte[] Write(IReadOnlyList<CalendarEntry> entries, string calendarName);
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

    Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string partial, CancellationToken cancellationToken);
}

public sealed record ArgumentSuggestion(string Value, string Label);
