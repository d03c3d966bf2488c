using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Workshops;

/// <summary>
/// After a workshop ends, people who were there and complement each other are proposed to each other
/// through the normal double opt-in (origin <c>workshop:&lt;id&gt;</c>), skipping pairs already introduced.
/// Marked on the workshop afterwards: a run a crash interrupted runs again and, as pairs already
/// proposed are skipped, proposes only the rest. Each workshop and each pair is handled on its own.
/// </summary>
public sealed partial class WorkshopIntroductions(
    IWorkshopStore store,
    IMemberStore members,
    IIntroductionStore introductions,
    IMatchSource matches,
    IntroductionService service,
    IOptions<WorkshopOptions> options,
    TimeProvider time,
    ILogger<WorkshopIntroductions> logger) : IDueWork
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var workshop in await store.InStateAsync(WorkshopState.Published, cancellationToken))
        {
            if (workshop.EndsAt <= now)
            {
                await store.UpdateAsync(workshop.Id, current => current.State == WorkshopState.Published ? current with { State = WorkshopState.Done } : null, cancellationToken);
            }
        }

        foreach (var workshop in await store.InStateAsync(WorkshopState.Done, cancellationToken))
        {
            if (workshop.MatchedAt is not null)
            {
                continue;
            }

            try
            {
                await IntroduceParticipantsAsync(workshop, cancellationToken);
                await store.UpdateAsync(workshop.Id, current => current.MatchedAt is null ? current with { MatchedAt = now } : null, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogWorkshopFailed(exception, workshop.Id);
            }
        }
    }

    /// <summary>Returns how many introductions were proposed.</summary>
    public async Task<int> IntroduceParticipantsAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        var registrations = (await store.RegistrationsForAsync(workshop.Id, cancellationToken)).Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        var attended = registrations.Where(r => r.AttendedAt is not null).ToList();
        var present = new List<Member>();
        foreach (var registration in attended.Count > 0 ? attended : registrations)
        {
            if (await members.GetAsync(registration.MemberId, cancellationToken) is { IsMatchingPaused: false } member)
            {
                present.Add(member);
            }
        }

        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in present)
        {
            foreach (var introduction in await introductions.ForMemberAsync(member.Id, cancellationToken))
            {
                paired.Add(Introduction.PairKey(introduction.First.MemberId, introduction.Second.MemberId));
            }
        }

        var proposed = 0;
        foreach (var member in present)
        {
            var candidates = await matches.ForMemberAsync(member, present, (a, b) => a == b || paired.Contains(Introduction.PairKey(a, b)), options.Value.MatchesPerParticipant, cancellationToken);
            foreach (var candidate in candidates.Take(options.Value.MatchesPerParticipant))
            {
                var other = present.FirstOrDefault(m => m.Id == candidate.CandidateId);
                if (other is null || !paired.Add(Introduction.PairKey(member.Id, other.Id)))
                {
                    continue;
                }

                try
                {
                    await service.ProposeAsync(member, other, candidate, $"workshop:{workshop.Id}", cancellationToken);
                    proposed++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogPairFailed(exception, workshop.Id);
                }
            }
        }

        LogIntroduced(workshop.Id, proposed);
        return proposed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workshop {WorkshopId}: introducing participants failed; tried again on the next run")]
    private partial void LogWorkshopFailed(Exception exception, string workshopId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workshop {WorkshopId}: proposing one pair failed; the others go on")]
    private partial void LogPairFailed(Exception exception, string workshopId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId}: {Count} introductions among participants")]
    private partial void LogIntroduced(string workshopId, int count);
}
