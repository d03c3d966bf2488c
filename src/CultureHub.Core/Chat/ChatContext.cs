using CultureHub.Core.Members;

namespace CultureHub.Core.Chat;

/// <summary>What the core knows about the sender of the message being handled.</summary>
public sealed record ChatContext(ChatSender Sender, Language Language, Member? Member, InterviewSession? Session)
{
    public PlatformIdentity Identity => Sender.Identity;

    public bool HasProfile => Member is not null;
}
