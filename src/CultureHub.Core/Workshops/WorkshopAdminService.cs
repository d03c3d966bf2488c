using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Workshops;

public enum StaffResult
{
    Done,
    NotFound,
    NotStaff,
    NotPossible,
    InvalidValue,
}

/// <summary>What a new workshop needs, from the chat form or a test.</summary>
public sealed record WorkshopRequest(string Title, string Description, string HubId, DateTimeOffset StartsAt, int Capacity, string ProposedBy, string? HostMemberId);

/// <summary>
/// Creating, approving, editing and cancelling workshops (attendance is <see cref="WorkshopAttendance"/>).
/// Only the hub's staff (identity keys in the configuration) may manage a hub's workshops.
/// </summary>
public sealed partial class WorkshopAdminService(
    IWorkshopStore store,
    WorkshopLocks locks,
    WorkshopService signUps,
    WorkshopNotifier notifier,
    HubDirectory hubs,
    IOptions<WorkshopOptions> options,
    TimeProvider time,
    ILogger<WorkshopAdminService> logger)
{
    /// <summary>Staff of the hub publish at once; anyone else proposes, and the hub's staff are asked.</summary>
    public async Task<Workshop> CreateAsync(WorkshopRequest request, string proposerName, CancellationToken cancellationToken)
    {
        var isStaff = hubs.IsStaff(request.HubId, request.ProposedBy);
        var id = WorkshopIds.NewId();
        while (await store.GetAsync(id, cancellationToken) is not null)
        {
            id = WorkshopIds.NewId();
        }

        var workshop = new Workshop
        {
            Id = id,
            Title = request.Title,
            Description = request.Description,
            HubId = request.HubId,
            StartsAt = request.StartsAt.ToUniversalTime(),
            EndsAt = request.StartsAt.ToUniversalTime().AddMinutes(options.Value.DefaultDurationMinutes),
            Capacity = request.Capacity,
            ProposedBy = request.ProposedBy,
            HostMemberId = request.HostMemberId,
            State = isStaff ? WorkshopState.Published : WorkshopState.Proposed,
            CheckInCode = WorkshopIds.NewCheckInCode(),
            CreatedAt = time.GetUtcNow(),
        };
        await store.SaveAsync(workshop, cancellationToken);
        LogCreated(workshop.Id, workshop.HubId, workshop.State);
        if (isStaff)
        {
            await notifier.PublishedAsync(workshop, cancellationToken);
        }
        else
        {
            await notifier.ProposalToStaffAsync(workshop, proposerName, cancellationToken);
        }

        return workshop;
    }

    public async Task<(StaffResult Result, Workshop? Workshop)> DecideAsync(string workshopId, string staffKey, bool isApproved, CancellationToken cancellationToken)
    {
        var (result, workshop) = await ForStaffAsync(workshopId, staffKey, cancellationToken);
        if (result != StaffResult.Done)
        {
            return (result, workshop);
        }

        var isProposed = false;
        var decided = await store.UpdateAsync(
            workshop!.Id,
            current => (isProposed = current.State == WorkshopState.Proposed) ? current with { State = isApproved ? WorkshopState.Published : WorkshopState.Declined } : null,
            cancellationToken);
        if (!isProposed || decided is null)
        {
            return (StaffResult.NotPossible, decided ?? workshop);
        }

        workshop = decided;
        await notifier.ProposalDecidedAsync(workshop, isApproved, cancellationToken);
        if (isApproved)
        {
            await notifier.PublishedAsync(workshop, cancellationToken);
        }

        return (StaffResult.Done, workshop);
    }

    /// <summary>Cancels the workshop and tells everyone signed up or waiting.</summary>
    public async Task<(StaffResult Result, Workshop? Workshop)> CancelWorkshopAsync(string workshopId, string staffKey, CancellationToken cancellationToken)
    {
        var (result, workshop) = await ForStaffAsync(workshopId, staffKey, cancellationToken);
        if (result != StaffResult.Done || workshop!.State is WorkshopState.Cancelled or WorkshopState.Done)
        {
            return (result == StaffResult.Done ? StaffResult.NotPossible : result, workshop);
        }

        IReadOnlyList<Registration> registrations;
        using (await locks.AcquireAsync(workshop.Id, cancellationToken))
        {
            workshop = await store.UpdateAsync(workshop.Id, current => current with { State = WorkshopState.Cancelled }, cancellationToken)
                ?? workshop with { State = WorkshopState.Cancelled };
            registrations = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
        }

        await notifier.WorkshopCancelledAsync(workshop, registrations, cancellationToken);
        return (StaffResult.Done, workshop);
    }

    /// <summary>Changes title, capacity or start (the length stays); a larger capacity promotes from the waitlist.</summary>
    public async Task<(StaffResult Result, Workshop? Workshop)> EditAsync(string workshopId, string staffKey, WorkshopEdit edit, CancellationToken cancellationToken)
    {
        var (result, workshop) = await ForStaffAsync(workshopId, staffKey, cancellationToken);
        if (result != StaffResult.Done)
        {
            return (result, workshop);
        }

        IReadOnlyList<Registration> moved = [];
        using (await locks.AcquireAsync(workshop!.Id, cancellationToken))
        {
            var isValid = false;
            workshop = await store.UpdateAsync(workshop.Id, current =>
            {
                var edited = Edited(current, edit);
                isValid = edited is not null;
                return edited;
            }, cancellationToken);
            if (!isValid || workshop is null)
            {
                return (StaffResult.InvalidValue, null);
            }

            if (edit.StartsAt is not null)
            {
                // A new time needs new reminders.
                moved = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
                foreach (var registration in moved)
                {
                    await store.SaveRegistrationAsync(registration with { DayReminderSentAt = null, HourReminderSentAt = null }, cancellationToken);
                }
            }
        }

        await signUps.FillFromWaitlistAsync(workshop, cancellationToken);
        if (workshop.State == WorkshopState.Published)
        {
            await notifier.TimeChangedAsync(workshop, moved, cancellationToken);
        }

        return (StaffResult.Done, workshop);
    }

    private Workshop? Edited(Workshop workshop, WorkshopEdit edit) => edit switch
    {
        { Title: { Length: > 0 } title } => workshop with { Title = title },
        { Capacity: > 0 and <= 500 } => workshop with { Capacity = edit.Capacity.Value },
        { StartsAt: { } start } when start > time.GetUtcNow() =>
            workshop with { StartsAt = start, EndsAt = start + (workshop.EndsAt - workshop.StartsAt), Sequence = workshop.Sequence + 1 },
        _ => null,
    };

    public async Task<(StaffResult Result, Workshop? Workshop)> ForStaffAsync(string workshopId, string staffKey, CancellationToken cancellationToken)
    {
        var workshop = await store.GetAsync(WorkshopIds.Normalise(workshopId), cancellationToken);
        return workshop is null ? (StaffResult.NotFound, null)
            : hubs.IsStaff(workshop.HubId, staffKey) ? (StaffResult.Done, workshop)
            : (StaffResult.NotStaff, workshop);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId} created at hub {HubId} as {State}")]
    private partial void LogCreated(string workshopId, string hubId, WorkshopState state);
}

/// <summary>One change a staff member asks for; exactly one field is set.</summary>
public sealed record WorkshopEdit(string? Title = null, int? Capacity = null, DateTimeOffset? StartsAt = null);
