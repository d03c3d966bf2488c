using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

/// <summary>A one-time link that carries a web-chat identity to another device; implemented by the web layer.</summary>
public interface IDeviceLinks
{
    /// <summary>How long an issued link stays valid.</summary>
    int LifetimeMinutes { get; }

    /// <summary>A single-use link for this web-chat identity, or null for identities of other platforms.</summary>
    Uri? Issue(PlatformIdentity identity);
}

/// <summary>
/// /device: the web chat knows a visitor only by a cookie in one browser, so a member who wants to
/// go on from their phone asks here for a link. Telegram and Discord accounts already follow
/// their owners from device to device; there the command only explains that.
/// </summary>
public sealed class DeviceCommand(IDeviceLinks links, TextCatalog texts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("device", TextKeys.CommandDevice, OnlyOn: ChatPlatform.Web);

    public IReadOnlyList<string> Aliases { get; } = ["gerät", "geraet"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (context.Identity.Platform != ChatPlatform.Web)
        {
            return Task.FromResult(Replies.One(texts.Get(language, TextKeys.DeviceNotWeb)));
        }

        if (context.Member is null && context.Session is null)
        {
            return Task.FromResult(Replies.One(texts.Get(language, TextKeys.DeviceNothing)));
        }

        return Task.FromResult(links.Issue(context.Identity) is { } link
            ? Replies.One(texts.Format(language, TextKeys.DeviceLink, link, links.LifetimeMinutes))
            : Replies.One(texts.Get(language, TextKeys.DeviceNotWeb)));
    }
}
