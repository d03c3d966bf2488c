using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

public sealed class StartCommand(InterviewService interview) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("start", "command.start");

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        Task.FromResult(interview.Start(context, SourcePayload.Clean(command.Arguments)));
}

/// <summary>
/// /help, made by <see cref="Conversation.ChatRouter"/> from the commands it routes: the command that lists all
/// commands cannot be one of the services it lists without a cycle.
/// </summary>
public sealed class HelpCommand(HelpText help, IEnumerable<IChatCommand> others) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("help", "command.help");

    public IReadOnlyList<string> Aliases { get; } = ["hilfe"];

    public ChatReply For(ChatContext context) => help.For(context, others.Select(c => c.Descriptor).Append(Descriptor));

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        Task.FromResult(Replies.One(For(context)));
}

public sealed class ProfileCommand(ProfileView view, TextCatalog texts, InterviewPrompts prompts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("profile", "command.profile");

    public IReadOnlyList<string> Aliases { get; } = ["profil"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is { } member)
        {
            return Task.FromResult(Replies.One(view.For(member)));
        }

        IReadOnlyList<ChatReply> replies = context.Session is { } session
            ? [new ChatReply(texts.Get(context.Language, "profile.unfinished")), prompts.For(session, context.Sender)]
            : [new ChatReply(texts.Get(context.Language, "profile.none"))];
        return Task.FromResult(replies);
    }
}

public sealed class EditCommand(InterviewService interview) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("edit", "command.edit");

    public IReadOnlyList<string> Aliases { get; } = ["bearbeiten", "ändern"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        interview.BeginEditAsync(context, cancellationToken);
}

/// <summary>/pause and /resume: matching on or off, the profile stays.</summary>
public sealed class PauseCommand(IMemberStore members, TextCatalog texts, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("pause", "command.pause");

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        MatchingSwitch.SetAsync(members, texts, time, context, isPaused: true, cancellationToken);
}

public sealed class ResumeCommand(IMemberStore members, TextCatalog texts, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("resume", "command.resume");

    public IReadOnlyList<string> Aliases { get; } = ["weiter", "fortsetzen"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        MatchingSwitch.SetAsync(members, texts, time, context, isPaused: false, cancellationToken);
}

internal static class MatchingSwitch
{
    public static async Task<IReadOnlyList<ChatReply>> SetAsync(
        IMemberStore members, TextCatalog texts, TimeProvider time, ChatContext context, bool isPaused, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(texts.Get(context.Language, "profile.none"));
        }

        var key = isPaused ? "pause" : "resume";
        if (member.IsMatchingPaused == isPaused)
        {
            return Replies.One(texts.Get(member.Language, $"{key}.already"));
        }

        await members.UpdateAsync(member.Id, current => current with { IsMatchingPaused = isPaused, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return Replies.One(texts.Get(member.Language, $"{key}.done"));
    }
}
