using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

public sealed class StartCommand(InterviewService interview) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("start", TextKeys.CommandStart);

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        Task.FromResult(interview.Start(context, SourcePayload.Clean(command.Arguments)));
}

/// <summary>
/// /help, made by <see cref="Conversation.ChatRouter"/> from the commands it routes: the command that lists all
/// commands cannot be one of the services it lists without a cycle.
/// </summary>
public sealed class HelpCommand(HelpText help, IEnumerable<IChatCommand> others) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("help", TextKeys.CommandHelp);

    public IReadOnlyList<string> Aliases { get; } = ["hilfe"];

    public ChatReply For(ChatContext context) => help.For(context, others.Select(c => c.Descriptor).Append(Descriptor));

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        Task.FromResult(Replies.One(For(context)));
}

public sealed class ProfileCommand(ProfileView view, TextCatalog texts, InterviewPrompts prompts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("profile", TextKeys.CommandProfile);

    public IReadOnlyList<string> Aliases { get; } = ["profil"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is { } member)
        {
            return Task.FromResult(Replies.One(view.For(member)));
        }

        IReadOnlyList<ChatReply> replies = context.Session is { } session
            ? [new ChatReply(texts.Get(context.Language, TextKeys.ProfileUnfinished)), prompts.For(session, context.Sender)]
            : [new ChatReply(texts.Get(context.Language, TextKeys.ProfileNone))];
        return Task.FromResult(replies);
    }
}

public sealed class EditCommand(InterviewService interview) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("edit", TextKeys.CommandEdit);

    public IReadOnlyList<string> Aliases { get; } = ["bearbeiten", "ändern"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        interview.BeginEditAsync(context, cancellationToken);
}

/// <summary>/pause and /resume: matching on or off, the profile stays.</summary>
public sealed class PauseCommand(IMemberStore members, TextCatalog texts, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("pause", TextKeys.CommandPause);

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        MatchingSwitch.SetAsync(members, texts, time, context, isPaused: true, cancellationToken);
}

public sealed class ResumeCommand(IMemberStore members, TextCatalog texts, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("resume", TextKeys.CommandResume);

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
            return Replies.One(texts.Get(context.Language, TextKeys.ProfileNone));
        }

        if (member.IsMatchingPaused == isPaused)
        {
            return Replies.One(texts.Get(member.Language, isPaused ? TextKeys.PauseAlready : TextKeys.ResumeAlready));
        }

        await members.UpdateAsync(member.Id, current => current with { IsMatchingPaused = isPaused, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return Replies.One(texts.Get(member.Language, isPaused ? TextKeys.PauseDone : TextKeys.ResumeDone));
    }
}
