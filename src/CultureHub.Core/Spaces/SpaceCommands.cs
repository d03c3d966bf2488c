using CultureHub.Core.Chat;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>/share: list a space or gear (members their own, hub staff the hub's).</summary>
public sealed class ShareCommand(ListingForm form, HubDirectory hubs, SpaceMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("share", TextKeys.CommandShare);

    public IReadOnlyList<string> Aliases { get; } = ["teilen", "anbieten"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        context.Member is null && hubs.StaffedBy(context.Identity.Key).Count == 0
            ? Task.FromResult(Replies.One(messages.Text(context.Language, TextKeys.SpNoProfile)))
            : form.BeginAsync(context, cancellationToken);
}

/// <summary>/book &lt;id&gt; [when]: the same as the result's book button, or straight to the request when a time is given.</summary>
public sealed class BookCommand(BookingFlow flow, SpaceMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("book", TextKeys.CommandBook, TextKeys.CommandBookArgs)
    {
        Arguments = [new CommandArgument("listing", TextKeys.CommandBookListing, IsRequired: true), new CommandArgument("when", TextKeys.CommandBookWhen)],
    };

    public IReadOnlyList<string> Aliases { get; } = ["buchen"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var parts = command.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.SpBookUsage));
        }

        return parts.Length == 2 && context.Member is { } member
            ? await flow.RequestTextAsync(context, member, parts[0], parts[1], cancellationToken)
            : await flow.BeginAsync(context, parts[0], cancellationToken);
    }
}

/// <summary>/editlisting &lt;id&gt; &lt;field&gt; &lt;value&gt;.</summary>
public sealed class EditListingCommand(ListingAdmin admin, ListingReplies replies, SpaceMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("editlisting", TextKeys.CommandEditlisting, TextKeys.CommandEditlistingArgs);

    public IReadOnlyList<string> Aliases { get; } = ["angebotbearbeiten"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var parts = command.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.SpEditUsage));
        }

        return Replies.One(replies.Changed(await admin.EditAsync(parts[0], parts[1], parts[2], context, cancellationToken), parts[0], context.Language));
    }
}
