using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>How workshops read in chat: times in the region's time zone, in the reader's language.</summary>
public sealed class WorkshopMessages(TextCatalog texts, HubDirectory hubs, ICalendarWriter calendar, RegionTime region)
{
    public TextCatalog Texts => texts;

    public string Text(Language language, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(language, key) : texts.Format(language, key, arguments);

    /// <summary>"Sa., 12.03.2027, 18:00–20:00" or "Sat 12/03/2027, 18:00–20:00".</summary>
    public string When(Workshop workshop, Language language)
    {
        var end = region.ToLocal(workshop.EndsAt);
        return $"{Start(workshop.StartsAt, language)}–{end.ToString("HH:mm", TextCatalog.CultureFor(language))}";
    }

    /// <summary>"Sa., 12.03.2027, 18:00": a start as the member typed it was understood, before it is stored.</summary>
    public string Start(DateTimeOffset startsAt, Language language) =>
        region.ToLocal(startsAt).ToString("ddd dd.MM.yyyy, HH:mm", TextCatalog.CultureFor(language));

    public string HubName(string hubId) => hubs.Find(hubId)?.Name ?? hubId;

    public string Line(Workshop workshop, Language language, int confirmed) =>
        texts.Format(language, TextKeys.WsLine, workshop.Id, workshop.Title, When(workshop, language), HubName(workshop.HubId), Math.Max(0, workshop.Capacity - confirmed));

    public ChatReply Card(Workshop workshop, Language language, int confirmed, int waitlisted, Registration? mine)
    {
        var hub = hubs.Find(workshop.HubId);
        var builder = new StringBuilder()
            .AppendLine(texts.Format(language, TextKeys.WsCardTitle, workshop.Title, workshop.Id))
            .AppendLine(When(workshop, language))
            .AppendLine(texts.Format(language, TextKeys.WsCardWhere, hub?.Where ?? workshop.HubId))
            .AppendLine(texts.Format(language, TextKeys.WsCardPlaces, confirmed, workshop.Capacity, waitlisted));
        if (workshop.Description.Length > 0)
        {
            builder.AppendLine().AppendLine(workshop.Description);
        }

        if (WorkshopTextKeys.State(workshop.State) is { } stateKey)
        {
            builder.AppendLine().AppendLine(texts.Get(language, stateKey));
        }

        var buttons = new List<ChatButton>();
        if (workshop.State == WorkshopState.Published)
        {
            buttons.Add(mine is { IsActive: true }
                ? new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), texts.Get(language, TextKeys.WsButtonCancel))
                : new ChatButton(WorkshopButtons.Id("signup", workshop.Id), texts.Get(language, TextKeys.WsButtonSignup)));
        }

        return new ChatReply(builder.ToString().TrimEnd(), buttons, CalendarFile(workshop));
    }

    public ChatAttachment? CalendarFile(Workshop workshop) =>
        hubs.Find(workshop.HubId) is { } hub
            ? new ChatAttachment($"workshop-{workshop.Id}.ics", "text/calendar", calendar.Write([new CalendarEntry(workshop, hub)], workshop.Title))
            : null;

    public string SignUp(SignUpOutcome outcome, Language language) => outcome.Result switch
    {
        SignUpResult.SignedUp => texts.Format(language, TextKeys.WsSignupDone, outcome.Workshop!.Title, When(outcome.Workshop, language)),
        SignUpResult.Waitlisted => texts.Format(language, TextKeys.WsSignupWaitlisted, outcome.Workshop!.Title, outcome.WaitlistPosition),
        SignUpResult.AlreadySignedUp => texts.Format(language, TextKeys.WsSignupAlready, outcome.Workshop!.Title),
        SignUpResult.AlreadyWaitlisted => texts.Format(language, TextKeys.WsSignupAlreadyWaitlisted, outcome.Workshop!.Title, outcome.WaitlistPosition),
        SignUpResult.Started => texts.Format(language, TextKeys.WsSignupStarted, outcome.Workshop!.Title),
        SignUpResult.Closed => texts.Format(language, TextKeys.WsSignupClosed, outcome.Workshop!.Title),
        SignUpResult.NotOpen => texts.Format(language, TextKeys.WsSignupNotOpen, outcome.Workshop!.Title),
        _ => texts.Get(language, TextKeys.WsUnknown),
    };

    public string Cancel(CancelOutcome outcome, Language language) => outcome.Result switch
    {
        CancelResult.Cancelled => texts.Format(language, TextKeys.WsCancelDone, outcome.Workshop!.Title),
        CancelResult.LeftWaitlist => texts.Format(language, TextKeys.WsCancelLeftWaitlist, outcome.Workshop!.Title),
        CancelResult.NotSignedUp => texts.Format(language, TextKeys.WsCancelNotSignedUp, outcome.Workshop!.Title),
        CancelResult.Started => texts.Format(language, TextKeys.WsCancelStarted, outcome.Workshop!.Title),
        _ => texts.Get(language, TextKeys.WsUnknown),
    };
}
