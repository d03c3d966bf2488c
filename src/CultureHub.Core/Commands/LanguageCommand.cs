using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

/// <summary>/language [de|en], or buttons to pick one. Changes the profile and any open interview.</summary>
public sealed class LanguageCommand(LanguageSwitch languages, TextCatalog texts) : IChatCommand, IButtonHandler
{
    public CommandDescriptor Descriptor { get; } = new("language", TextKeys.CommandLanguage, TextKeys.CommandLanguageArgs);

    public IReadOnlyList<string> Aliases { get; } = ["sprache"];

    public string Prefix => "lang";

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (LanguageCodes.Parse(command.Arguments) is { } chosen)
        {
            return languages.SetAsync(context, chosen, cancellationToken);
        }

        return Task.FromResult(Replies.One(
            texts.Get(context.Language, TextKeys.LanguageChoose),
            new ChatButton("lang:de", "Deutsch"),
            new ChatButton("lang:en", "English")));
    }

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken) =>
        LanguageCodes.Parse(argument) is { } chosen
            ? languages.SetAsync(context, chosen, cancellationToken)
            : Task.FromResult(Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated)));
}

public sealed class LanguageSwitch(IMemberStore members, IInterviewStore sessions, InterviewPrompts prompts, TextCatalog texts, TimeProvider time)
{
    public async Task<IReadOnlyList<ChatReply>> SetAsync(ChatContext context, Language language, CancellationToken cancellationToken)
    {
        var replies = new List<ChatReply> { new(texts.Get(language, TextKeys.LanguageSet)) };
        if (context.Member is { } member && member.Language != language)
        {
            await members.UpdateAsync(member.Id, current => current with { Language = language, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }

        if (context.Session is { } session)
        {
            var updated = session with { Language = language };
            await sessions.SaveAsync(updated, cancellationToken);
            replies.Add(prompts.For(updated, context.Sender));
        }
        else if (context.Member is null)
        {
            replies.Add(prompts.ConsentNotice(language, null));
        }

        return replies;
    }
}
