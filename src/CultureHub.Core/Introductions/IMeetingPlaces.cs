using CultureHub.Core.Members;

namespace CultureHub.Core.Introductions;

/// <summary>Where introduced people could meet in person, said in one recipient's language; empty when nothing fits.</summary>
public delegate string MeetingHint(Language language);

/// <summary>
/// Suggests a place to meet for people being introduced. Served from above (Projects' hub and town
/// search), so introductions need not know hubs or workshops.
/// </summary>
public interface IMeetingPlaces
{
    /// <summary>Null when the people's towns are unknown.</summary>
    Task<MeetingHint?> HintAsync(IReadOnlyList<Member> people, CancellationToken cancellationToken);
}

/// <summary>Introductions without a meeting-place search (Projects registers the real one).</summary>
public sealed class NoMeetingPlaces : IMeetingPlaces
{
    public Task<MeetingHint?> HintAsync(IReadOnlyList<Member> people, CancellationToken cancellationToken) =>
        Task.FromResult<MeetingHint?>(null);
}
