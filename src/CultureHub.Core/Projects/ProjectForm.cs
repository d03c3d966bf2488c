using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using Microsoft.Extensions.Options;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// The short guided form behind /project: title, description, when, where, then the roles read from
/// the description (as the interview reads what a member seeks) shown as removable labels with
/// "Rolle hinzufügen". The draft is stored after every answer, so a restart mid-form loses nothing.
/// </summary>
public sealed class ProjectForm(
    IProjectStore store,
    ICompetenceExtractor extractor,
    UnderstoodLabels labels,
    IGazetteer gazetteer,
    ProjectDateReader dates,
    ProjectMessages messages,
    IOptions<ProjectOptions> options,
    TimeProvider time) : ITextInterceptor
{
    private const int MaxTitle = 120;
    private const int MaxDescription = 2000;
    private const int MaxWhen = 80;
    private static readonly HashSet<string> QuitWords = new(StringComparer.OrdinalIgnoreCase) { "abbrechen", "cancel", "stop", "/cancel", "/abbrechen" };
    private static readonly HashSet<string> OpenWords = new(StringComparer.OrdinalIgnoreCase) { "offen", "open", "egal", "weiß nicht", "weiss nicht", "don't know", "noch offen", "tbd" };
    private static readonly HashSet<string> RemoteWords = new(StringComparer.OrdinalIgnoreCase) { "online", "remote", "digital", "auf distanz", "überall", "anywhere", "egal wo" };

    /// <summary>After the workshop form, before relays: a member in the middle of /project is answering it.</summary>
    public int Order => 6;

    public async Task<IReadOnlyList<ChatReply>> BeginAsync(ChatContext context, CancellationToken cancellationToken)
    {
        await store.SaveDraftAsync(new ProjectDraft { IdentityKey = context.Identity.Key, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return [new ChatReply(messages.Text(context.Language, TextKeys.ProjectFormIntro) + "\n\n" + messages.Text(context.Language, TextKeys.ProjectFormAskTitle))];
    }

    public Task<ProjectDraft?> DraftAsync(ChatContext context, CancellationToken cancellationToken) => store.GetDraftAsync(context.Identity.Key, cancellationToken);

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        if (context.Member is null || context.Session is not null)
        {
            return null;
        }

        var draft = await store.GetDraftAsync(context.Identity.Key, cancellationToken);
        return draft is null ? null : await AnswerAsync(context, draft, AnswerReader.Collapse(input.Text), cancellationToken);
    }

    public async Task<IReadOnlyList<ChatReply>> QuitAsync(ChatContext context, CancellationToken cancellationToken)
    {
        await store.DeleteDraftAsync(context.Identity.Key, cancellationToken);
        return [messages.Reply(context.Language, TextKeys.ProjectFormQuit)];
    }

    /// <summary>"Online" or "where I live" pressed instead of typing a place.</summary>
    public async Task<IReadOnlyList<ChatReply>> ChooseWhereAsync(ChatContext context, bool isRemote, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(context.Identity.Key, cancellationToken);
        var home = context.Member?.Town?.Place;
        if (draft is not { Step: ProjectDraftStep.Where } || (!isRemote && home is null))
        {
            return [messages.Reply(context.Language, TextKeys.ButtonOutdated)];
        }

        return await ShowRolesAsync(context, draft with { IsRemote = isRemote, Place = isRemote ? null : home, Step = ProjectDraftStep.Roles }, null, cancellationToken);
    }

    /// <summary>A role label removed, added, or "Rolle hinzufügen" pressed; every press on an old form is answered kindly.</summary>
    public async Task<IReadOnlyList<ChatReply>> ChangeRolesAsync(ChatContext context, string action, string? competenceId, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(context.Identity.Key, cancellationToken);
        if (draft is not { Step: ProjectDraftStep.Roles or ProjectDraftStep.AddingRole })
        {
            return [messages.Reply(context.Language, TextKeys.ButtonOutdated)];
        }

        var language = context.Language;
        switch (action)
        {
            case "rm" when competenceId is not null:
                return await ShowRolesAsync(context, draft with { RoleIds = draft.RoleIds.Where(r => r != competenceId).ToList(), Step = ProjectDraftStep.Roles }, null, cancellationToken);
            case "pick" when competenceId is not null && labels.Vocabulary.Find(competenceId, language) is not null:
                var note = draft.RoleIds.Count >= options.Value.MaxRoles && !draft.RoleIds.Contains(competenceId)
                    ? messages.Text(language, TextKeys.ProjectRolesTooMany, options.Value.MaxRoles)
                    : null;
                var roles = note is null && !draft.RoleIds.Contains(competenceId) ? [.. draft.RoleIds, competenceId] : draft.RoleIds;
                return await ShowRolesAsync(context, draft with { RoleIds = roles, Step = ProjectDraftStep.Roles }, note, cancellationToken);
            case "add":
                await SaveAsync(draft with { Step = ProjectDraftStep.AddingRole }, cancellationToken);
                return [messages.Reply(language, TextKeys.ProjectRolesAskAdd)];
            default:
                return await ShowRolesAsync(context, draft with { Step = ProjectDraftStep.Roles }, null, cancellationToken);
        }
    }

    public async Task DeleteAsync(string identityKey, CancellationToken cancellationToken) => await store.DeleteDraftAsync(identityKey, cancellationToken);

    private async Task<IReadOnlyList<ChatReply>> AnswerAsync(ChatContext context, ProjectDraft draft, string text, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (QuitWords.Contains(text))
        {
            return await QuitAsync(context, cancellationToken);
        }

        var limit = draft.Step switch { ProjectDraftStep.Title => MaxTitle, ProjectDraftStep.Description => MaxDescription, _ => MaxWhen };
        if (AnswerReader.Problem(text, limit) is { } problem)
        {
            return [messages.Reply(language, problem == TextKeys.AnswerTooLong ? Invalid(draft.Step) : problem)];
        }

        switch (draft.Step)
        {
            case ProjectDraftStep.Title when text.Length >= 3:
                return await AskAsync(draft with { Title = text, Step = ProjectDraftStep.Description }, language, TextKeys.ProjectFormAskDescription, cancellationToken);
            case ProjectDraftStep.Description when text.Length >= 10:
                // what the initiator offers themselves is what they bring, not a role to fill ("Kamera und Schnitt" from a camerawoman);
                // the role list is shown with an add button for the rare project that needs a second one
                var own = labels.Shown(context.Member?.OfferTags, language).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
                var roles = labels.Shown(extractor.Extract(string.Empty, text, language).Seeks, language)
                    .Select(l => l.Id).Where(id => !own.Contains(id)).Take(options.Value.MaxRoles).ToList();
                return await AskAsync(draft with { Description = text, RoleIds = roles, Step = ProjectDraftStep.When }, language, TextKeys.ProjectFormAskWhen, cancellationToken);
            case ProjectDraftStep.When:
                return await WhenAsync(context, draft, text, cancellationToken);
            case ProjectDraftStep.Where:
                return await WhereAsync(context, draft, text, cancellationToken);
            case ProjectDraftStep.Roles or ProjectDraftStep.AddingRole:
                return await SuggestRoleAsync(context, draft, text, cancellationToken);
            default:
                return [messages.Reply(language, Invalid(draft.Step))];
        }
    }

    private static string Invalid(ProjectDraftStep step) => step switch
    {
        ProjectDraftStep.Title => TextKeys.ProjectFormInvalidTitle,
        ProjectDraftStep.Description => TextKeys.ProjectFormInvalidDescription,
        _ => TextKeys.ProjectFormInvalidShort,
    };

    private async Task<IReadOnlyList<ChatReply>> WhenAsync(ChatContext context, ProjectDraft draft, string text, CancellationToken cancellationToken)
    {
        var isOpen = OpenWords.Contains(text.TrimEnd('.', '!')) || AnswerReader.IsSkip(text);
        var date = isOpen ? null : dates.Read(text);
        if (date is { } day && day < time.GetUtcNow())
        {
            return [messages.Reply(context.Language, TextKeys.ProjectFormWhenPast)];
        }

        var next = draft with { WhenText = isOpen ? null : text, Date = date, Step = ProjectDraftStep.Where };
        await SaveAsync(next, cancellationToken);
        return [AskWhere(context)];
    }

    private async Task<IReadOnlyList<ChatReply>> WhereAsync(ChatContext context, ProjectDraft draft, string text, CancellationToken cancellationToken)
    {
        if (RemoteWords.Contains(text.TrimEnd('.', '!')))
        {
            return await ShowRolesAsync(context, draft with { IsRemote = true, Place = null, Step = ProjectDraftStep.Roles }, null, cancellationToken);
        }

        var place = gazetteer.Resolve(text)?.Place;
        return place is null
            ? [AskWhere(context, TextKeys.ProjectFormWhereUnknown)]
            : await ShowRolesAsync(context, draft with { Place = place, IsRemote = false, Step = ProjectDraftStep.Roles }, null, cancellationToken);
    }

    private async Task<IReadOnlyList<ChatReply>> SuggestRoleAsync(ChatContext context, ProjectDraft draft, string text, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (AnswerReader.IsBack(text))
        {
            return await ShowRolesAsync(context, draft with { Step = ProjectDraftStep.Roles }, null, cancellationToken);
        }

        var found = labels.Vocabulary.Suggest(text, LabelSide.Seek, language, UnderstoodLabels.MaxSuggestions);
        return found.Count == 0
            ? [messages.Reply(language, TextKeys.ProjectRolesNothingFound)]
            : [labels.Choice(messages.Text(language, TextKeys.ProjectRolesPick), LabelSide.Seek, found, language, ProjectMessages.Prefix)];
    }

    private async Task<IReadOnlyList<ChatReply>> ShowRolesAsync(ChatContext context, ProjectDraft draft, string? note, CancellationToken cancellationToken)
    {
        await SaveAsync(draft, cancellationToken);
        var language = context.Language;
        var text = draft.RoleIds.Count == 0
            ? messages.Text(language, TextKeys.ProjectRolesNone)
            : messages.Text(language, TextKeys.ProjectRolesFound, draft.Title, messages.Roles(draft.RoleIds, language));
        var buttons = draft.RoleIds
            .Select((id, i) => new ChatButton(ProjectMessages.Button("rm", id), messages.Text(language, TextKeys.ProjectRolesRemove, messages.Role(id, language))) { StartsRow = i == 0 })
            .ToList();
        buttons.Add(new ChatButton(ProjectMessages.Button("add"), messages.Text(language, TextKeys.ProjectRolesAdd)) { StartsRow = true });
        if (draft.RoleIds.Count > 0)
        {
            buttons.Add(new ChatButton(ProjectMessages.Button("team"), messages.Text(language, TextKeys.ProjectRolesPropose)));
        }

        buttons.Add(new ChatButton(ProjectMessages.Button("quit"), messages.Text(language, TextKeys.ProjectRolesCancel)));
        return [new ChatReply(note is null ? text : note + "\n\n" + text, buttons)];
    }

    private ChatReply AskWhere(ChatContext context, string key = TextKeys.ProjectFormAskWhere)
    {
        var language = context.Language;
        var buttons = new List<ChatButton> { new(ProjectMessages.Button("where", "online"), messages.Text(language, TextKeys.ProjectFormWhereOnline)) };
        if (context.Member?.Town?.Place is { } home)
        {
            buttons.Insert(0, new ChatButton(ProjectMessages.Button("where", "home"), messages.Text(language, TextKeys.ProjectFormWhereHome, home.Name)));
        }

        return new ChatReply(messages.Text(language, key), buttons);
    }

    private async Task<IReadOnlyList<ChatReply>> AskAsync(ProjectDraft draft, Language language, string key, CancellationToken cancellationToken)
    {
        await SaveAsync(draft, cancellationToken);
        return [messages.Reply(language, key)];
    }

    private Task SaveAsync(ProjectDraft draft, CancellationToken cancellationToken) =>
        store.SaveDraftAsync(draft with { UpdatedAt = time.GetUtcNow() }, cancellationToken);
}
