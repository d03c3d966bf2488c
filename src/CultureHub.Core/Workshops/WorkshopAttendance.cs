using CultureHub.Core.Members;

namespace CultureHub.Core.Workshops;

public enum CheckInResult
{
    CheckedIn,
    AlreadyCheckedIn,
    UnknownCode,
    NotSignedUp,
    NotToday,
}

/// <summary>Who came: members check in with the hub's code on the day, staff mark attendance by hand.</summary>
public sealed class WorkshopAttendance(IWorkshopStore store, WorkshopAdminService admin, TimeProvider time)
{
    public async Task<(StaffResult Result, Workshop? Workshop)> MarkAttendedAsync(string workshopId, string memberId, string staffKey, CancellationToken cancellationToken)
    {
        var (result, workshop) = await admin.ForStaffAsync(workshopId, staffKey, cancellationToken);
        if (result == StaffResult.Done && await store.GetRegistrationAsync(workshop!.Id, memberId, cancellationToken) is { } registration)
        {
            await store.SaveRegistrationAsync(registration with { AttendedAt = registration.AttendedAt ?? time.GetUtcNow() }, cancellationToken);
        }

        return (result, workshop);
    }

    /// <summary>A member types the code shown at the hub; valid on the day of the workshop.</summary>
    public async Task<(CheckInResult Result, Workshop? Workshop)> CheckInAsync(string code, Member member, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var workshop = (await store.InStateAsync(WorkshopState.Published, cancellationToken))
            .Concat(await store.InStateAsync(WorkshopState.Done, cancellationToken))
            .Where(w => string.Equals(w.CheckInCode, code.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(w => (w.StartsAt - now).Duration())
            .FirstOrDefault();
        if (workshop is null)
        {
            return (CheckInResult.UnknownCode, null);
        }

        if (now < workshop.StartsAt.AddHours(-12) || now > workshop.EndsAt.AddHours(12))
        {
            return (CheckInResult.NotToday, workshop);
        }

        var registration = await store.GetRegistrationAsync(workshop.Id, member.Id, cancellationToken);
        if (registration is not { IsActive: true })
        {
            return (CheckInResult.NotSignedUp, workshop);
        }

        if (registration.AttendedAt is not null)
        {
            return (CheckInResult.AlreadyCheckedIn, workshop);
        }

        await store.SaveRegistrationAsync(registration with { AttendedAt = now }, cancellationToken);
        return (CheckInResult.CheckedIn, workshop);
    }
}
