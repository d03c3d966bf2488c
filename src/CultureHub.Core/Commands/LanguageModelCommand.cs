using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Core.Commands;

/// <summary>
/// /llm [on|off], and the buttons of the consent question: whether a member's answers may be read by
/// the configured language model. Registered only when a model is configured.
/// </summary>
public sealed class LanguageModelCommand(LanguageModelConsent consent, IInterviewAssistant assistant, TextCatalog texts) : IChatCommand, IButtonHandler
{
    public CommandDescriptor Descriptor { get; } = new("llm", TextKeys.CommandLlm, TextKeys.CommandLlmArgs);

    public string Prefix => "llm";

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        command.Arguments.Trim().ToLowerInvariant() switch
        {
            "on" or "an" or "ja" or "yes" => consent.SetAsync(context, true, cancellationToken),
            "off" or "aus" or "nein" or "no" => consent.SetAsync(context, false, cancellationToken),
            _ => Task.FromResult<IReadOnlyList<ChatReply>>([Status(context)]),
        };

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken) =>
        consent.SetAsync(context, argument == "yes", cancellationToken);

    private ChatReply Status(ChatContext context)
    {
        var language = context.Language;
        var allows = (context.Session?.Consent ?? context.Member?.Consent)?.AllowsLlm ?? false;
        var where = texts.Get(language, assistant.IsExternal ? TextKeys.LlmWhereExternal : TextKeys.LlmWhereLocal);
        var text = texts.Format(language, allows ? TextKeys.LlmStatusOn : TextKeys.LlmStatusOff, where);
        return new ChatReply(text, LanguageModelConsent.Buttons(texts, language));
    }
}

/// <summary>Records the member's choice on the open interview and on the profile.</summary>
public sealed class LanguageModelConsent(IMemberStore members, IInterviewStore sessions, InterviewPrompts prompts, TextCatalog texts)
{
    public static IReadOnlyList<ChatButton> Buttons(TextCatalog texts, Language language) =>
    [
        new ChatButton("llm:yes", texts.Get(language, TextKeys.LlmYes)),
        new ChatButton("llm:no", texts.Get(language, TextKeys.LlmNo)),
    ];

    public async Task<IReadOnlyList<ChatReply>> SetAsync(ChatContext context, bool allows, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (context.Member is null && context.Session is null)
        {
            return Replies.One(texts.Get(language, TextKeys.LlmNothing));
        }

        var confirmation = new ChatReply(texts.Get(language, allows ? TextKeys.LlmOn : TextKeys.LlmOff));
        if (context.Member is { } member)
        {
            await members.UpdateAsync(member.Id, current => current with { Consent = current.Consent with { AllowsLlm = allows } }, cancellationToken);
        }

        if (context.Session is not { } session)
        {
            return [confirmation];
        }

        var saved = session with { Consent = session.Consent with { AllowsLlm = allows } };
        await sessions.SaveAsync(saved, cancellationToken);
        return [confirmation, prompts.For(saved, context.Sender)];
    }
}

public static class LanguageModelConsentServiceCollectionExtensions
{
    /// <summary>The consent question, /llm and its buttons; for hosts that configure a language model.</summary>
    public static IServiceCollection AddLanguageModelConsent(this IServiceCollection services)
    {
        services.AddSingleton<LanguageModelConsent>();
        services.AddSingleton<LanguageModelCommand>();
        services.AddSingleton<IChatCommand>(sp => sp.GetRequiredService<LanguageModelCommand>());
        services.AddSingleton<IButtonHandler>(sp => sp.GetRequiredService<LanguageModelCommand>());
        return services;
    }
}
