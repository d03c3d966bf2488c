using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Workshops;

public enum SignUpResult
{
    SignedUp,
    Waitlisted,
    AlreadySignedUp,
    AlreadyWaitlisted,
    NotFound,
    NotOpen,
    Started,
    Closed,
}

public sealed record SignUpOutcome(SignUpResult Result, Workshop? Workshop, int WaitlistPosition = 0);

public enum CancelResult
{
    Cancelled,
    LeftWaitlist,
    NotSignedUp,
    NotFound,
    Started,
}

public sealed record CancelOutcome(CancelResult Result, Workshop? Workshop, string? PromotedMemberId = null);

/// <summary>
/// Sign-ups and cancellations. Every change to one workshop's registrations happens under that
/// workshop's lock, reading the store afresh, so parallel sign-ups can never overbook it.
/// </summary>
public sealed partial class WorkshopService(
    IWorkshopStore store,
    WorkshopLocks locks,
    WorkshopNotifier notifier,
    IOptions<WorkshopOptions> options,
    TimeProvider time,
    ILogger<WorkshopService> logger)
{
    public async Task<SignUpOutcome> SignUpAsync(string workshopId, Member member, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(workshopId, cancellationToken);
        var workshop = await store.GetAsync(WorkshopIds.Normalise(workshopId), cancellationToken);
        var now = time.GetUtcNow();
        if (workshop is null)
        {
            return new SignUpOutcome(SignUpResult.NotFound, null);
        }

        if (workshop.State != WorkshopState.Published)
        {
            return new SignUpOutcome(SignUpResult.NotOpen, workshop);
        }

        if (now >= workshop.StartsAt)
        {
            return new SignUpOutcome(SignUpResult.Started, workshop);
        }

        if (now >= workshop.StartsAt.AddHours(-options.Value.SignUpClosesHoursBefore))
        {
            return new SignUpOutcome(SignUpResult.Closed, workshop);
        }

        var registrations = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
        var existing = registrations.FirstOrDefault(r => r.MemberId == member.Id && r.IsActive);
        if (existing is not null)
        {
            return existing.Status == RegistrationStatus.Confirmed
                ? new SignUpOutcome(SignUpResult.AlreadySignedUp, workshop)
                : new SignUpOutcome(SignUpResult.AlreadyWaitlisted, workshop, WaitlistPosition(registrations, existing));
        }

        var isFull = registrations.Count(r => r.Status == RegistrationStatus.Confirmed) >= workshop.Capacity;
        var registration = new Registration
        {
            WorkshopId = workshop.Id,
            MemberId = member.Id,
            Status = isFull ? RegistrationStatus.Waitlisted : RegistrationStatus.Confirmed,
            Sequence = registrations.Select(r => r.Sequence).DefaultIfEmpty(0).Max() + 1,
            SignedUpAt = now,
            WasWaitlisted = isFull,
        };
        await store.SaveRegistrationAsync(registration, cancellationToken);
        LogSignedUp(workshop.Id, registration.Status);
        return isFull
            ? new SignUpOutcome(SignUpResult.Waitlisted, workshop, WaitlistPosition([.. registrations, registration], registration))
            : new SignUpOutcome(SignUpResult.SignedUp, workshop);
    }

    public async Task<CancelOutcome> CancelAsync(string workshopId, string memberId, CancellationToken cancellationToken)
    {
        Registration? promoted;
        Workshop? workshop;
        bool wasConfirmed;
        using (await locks.AcquireAsync(workshopId, cancellationToken))
        {
            workshop = await store.GetAsync(WorkshopIds.Normalise(workshopId), cancellationToken);
            if (workshop is null)
            {
                return new CancelOutcome(CancelResult.NotFound, null);
            }

            var registration = await store.GetRegistrationAsync(workshop.Id, memberId, cancellationToken);
            if (registration is not { IsActive: true })
            {
                return new CancelOutcome(CancelResult.NotSignedUp, workshop);
            }

            if (time.GetUtcNow() >= workshop.StartsAt)
            {
                return new CancelOutcome(CancelResult.Started, workshop);
            }

            wasConfirmed = registration.Status == RegistrationStatus.Confirmed;
            await store.SaveRegistrationAsync(registration with { Status = RegistrationStatus.Cancelled, CancelledAt = time.GetUtcNow() }, cancellationToken);
            promoted = (await FillFromWaitlistLockedAsync(workshop, cancellationToken)).FirstOrDefault();
        }

        if (promoted is not null)
        {
            await notifier.PromotedAsync(workshop, promoted, cancellationToken);
        }

        return new CancelOutcome(wasConfirmed ? CancelResult.Cancelled : CancelResult.LeftWaitlist, workshop, promoted?.MemberId);
    }

    /// <summary>Fills free places from the waitlist (after a capacity change) and tells those promoted.</summary>
    public async Task FillFromWaitlistAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        IReadOnlyList<Registration> promoted;
        using (await locks.AcquireAsync(workshop.Id, cancellationToken))
        {
            promoted = await FillFromWaitlistLockedAsync(workshop, cancellationToken);
        }

        foreach (var registration in promoted)
        {
            await notifier.PromotedAsync(workshop, registration, cancellationToken);
        }
    }

    public static int WaitlistPosition(IEnumerable<Registration> registrations, Registration registration) =>
        registrations.Count(r => r.Status == RegistrationStatus.Waitlisted && r.Sequence < registration.Sequence) + 1;

    /// <summary>The promotion is written first; <see cref="WaitlistNotices"/> sends a notice a crash kept from the outbox.</summary>
    private async Task<IReadOnlyList<Registration>> FillFromWaitlistLockedAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(workshop.Id, cancellationToken) ?? workshop;
        if (!current.IsOpenFor(time.GetUtcNow()))
        {
            return [];
        }

        var registrations = await store.RegistrationsForAsync(current.Id, cancellationToken);
        var free = current.Capacity - registrations.Count(r => r.Status == RegistrationStatus.Confirmed);
        var promoted = new List<Registration>();
        foreach (var waiting in registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.Sequence).Take(Math.Max(0, free)))
        {
            var confirmed = waiting with { Status = RegistrationStatus.Confirmed, PromotedAt = time.GetUtcNow() };
            await store.SaveRegistrationAsync(confirmed, cancellationToken);
            promoted.Add(confirmed);
        }

        return promoted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-up for workshop {WorkshopId}: {Status}")]
    private partial void LogSignedUp(string workshopId, RegistrationStatus status);
}

/// <summary>One lock per workshop id, shared by everything that changes its registrations.</summary>
public sealed class WorkshopLocks
{
    private readonly KeyedLock _locks = new();

    public Task<IDisposable> AcquireAsync(string workshopId, CancellationToken cancellationToken) =>
        _locks.AcquireAsync(WorkshopIds.Normalise(workshopId), cancellationToken);
}
