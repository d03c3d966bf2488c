using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Commands;

public sealed class PrivacyCommand(TextCatalog texts, IOptions<PrivacyOptions> options, IEnumerable<IProcessingDisclosure> disclosures) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("privacy", TextKeys.CommandPrivacy);

    public IReadOnlyList<string> Aliases { get; } = ["datenschutz"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var text = texts.Format(language, TextKeys.PrivacyDetails, options.Value.ConsentVersion, options.Value.Contact);
        foreach (var disclosure in disclosures)
        {
            text += "\n\n" + disclosure.Describe(language);
        }

        if (context.Member is { } member)
        {
            text += "\n\n" + texts.Format(language, TextKeys.PrivacyYourConsent, member.Consent.Version, member.Consent.GivenAt.ToString("d", TextCatalog.CultureFor(language)));
        }

        return Task.FromResult(Replies.One(text));
    }
}

/// <summary>Something the privacy notice must mention (an external language model, for one).</summary>
public interface IProcessingDisclosure
{
    string Describe(Language language);
}

public sealed class ExportCommand(PrivacyService privacy, TextCatalog texts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("export", TextKeys.CommandExport);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is null && context.Session is null)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ExportNothing));
        }

        var json = await privacy.ExportAsync(context.Member, context.Identity, cancellationToken);
        var file = new ChatAttachment("culturehub-export.json", "application/json", json);
        return [new ChatReply(texts.Get(context.Language, TextKeys.ExportDone), [], file)];
    }
}

public sealed class DeleteCommand(TextCatalog texts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("delete", TextKeys.CommandDelete);

    public IReadOnlyList<string> Aliases { get; } = ["löschen", "loeschen"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        IReadOnlyList<ChatReply> replies = context.Member is null && context.Session is null
            ? Replies.One(texts.Get(language, TextKeys.DeleteNothing))
            : Replies.One(
                texts.Get(language, TextKeys.DeleteAsk),
                new ChatButton("delete:confirm", texts.Get(language, TextKeys.DeleteConfirm)),
                new ChatButton("delete:cancel", texts.Get(language, TextKeys.DeleteCancel)));
        return Task.FromResult(replies);
    }
}

public sealed class DeleteButtons(PrivacyService privacy, TextCatalog texts) : IButtonHandler
{
    public string Prefix => "delete";

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (argument != "confirm")
        {
            return Replies.One(texts.Get(language, TextKeys.DeleteCancelled));
        }

        if (context.Member is null && context.Session is null)
        {
            return Replies.One(texts.Get(language, TextKeys.DeleteNothing));
        }

        await privacy.EraseAsync(context.Member, context.Identity, cancellationToken);
        return Replies.One(texts.Get(language, TextKeys.DeleteDone));
    }
}

public sealed class ConsentButtons(InterviewService interview, TextCatalog texts, InterviewPrompts prompts) : IButtonHandler
{
    public string Prefix => "consent";

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':', 3);
        var language = parts.Length > 1 ? LanguageCodes.Parse(parts[1]) ?? context.Language : context.Language;
        var source = parts.Length > 2 ? SourcePayload.Clean(parts[2]) : null;
        return parts[0] switch
        {
            "yes" => await interview.AcceptConsentAsync(context, language, source, cancellationToken),
            "lang" => [prompts.ConsentNotice(language, source)],
            _ => Replies.One(texts.Get(context.Language, TextKeys.ConsentDeclined)),
        };
    }
}

public sealed class InterviewButtons(InterviewService interview) : IButtonHandler
{
    public string Prefix => InterviewPrompts.ButtonPrefix;

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken) =>
        interview.ButtonAsync(context, argument, cancellationToken);
}
