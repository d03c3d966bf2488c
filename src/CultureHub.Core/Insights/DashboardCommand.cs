using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Insights;

/// <summary>Issues one-time sign-in links to the partners' dashboard; implemented by the web layer.</summary>
public interface IDashboardLinks
{
    /// <summary>A single-use link for this staff identity, or null when the identity is not staff.</summary>
    Uri? Issue(PlatformIdentity identity);
}

/// <summary>/dashboard: hub staff get a short-lived sign-in link; everybody else gets a polite no.</summary>
public sealed class DashboardCommand(IDashboardLinks links, TextCatalog texts) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("dashboard", TextKeys.CommandDashboard, IsStaffOnly: true);

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        Task.FromResult(links.Issue(context.Identity) is { } link
            ? Replies.One(texts.Format(context.Language, TextKeys.DashboardLink, link))
            : Replies.One(texts.Get(context.Language, TextKeys.DashboardNotStaff)));
}
