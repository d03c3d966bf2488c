using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Chat;

/// <summary>What the core knows about the sender of the message being handled.</summary>
public sealed record ChatContext(ChatSender Sender, Language Language, Member? Member, InterviewSession? Session)
{
    /// <summary>Every command the router knows, for /help; set by the router, which owns the command list.</summary>
    public IReadOnlyList<CommandDescriptor> Commands { get; init; } = [];

    public PlatformIdentity Identity => Sender.Identity;

    public bool HasProfile => Member is not null;
}
