namespace CultureHub.Core.Chat;

/// <summary>A button under a message. <see cref="Id"/> comes back in a <see cref="ButtonInput"/>.</summary>
public sealed record ChatButton(string Id, string Label)
{
    /// <summary>A layout hint: this button begins a new group (a row where the platform has rows).</summary>
    public bool StartsRow { get; init; }
}

/// <summary>A file sent along with a message (a calendar entry, a data export).</summary>
public sealed record ChatAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>
/// One outgoing message. <see cref="Text"/> is plain text: adapters escape it for their markup,
/// so whatever a member typed can be quoted safely.
/// </summary>
public sealed record ChatReply(string Text, IReadOnlyList<ChatButton> Buttons, ChatAttachment? Attachment = null)
{
    public ChatReply(string text)
        : this(text, [])
    {
    }

    public bool HasButtons => Buttons.Count > 0;

    /// <summary>
    /// Members this message tells about (a proposal shows the other's profile). A message waiting
    /// for its recipient is withdrawn when one of them erases their data.
    /// </summary>
    public IReadOnlyList<string> About { get; init; } = [];
}
