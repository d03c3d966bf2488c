using CultureHub.Core.Interviews;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>
/// On Discord the buttons that ask for typed text — "edit" of the profile's free-text fields, and
/// "something's missing" under the understood labels — open a modal (response type 9) instead of
/// asking in chat. The modal's custom_id carries the button id.
/// </summary>
public static class EditModal
{
    public const string Prefix = "modal:";
    private const string AnswerId = "answer";
    private const int MaxTitle = 45;
    private static readonly string[] FreeTextFields = ["name", "offers", "seeks", "town", "links"];
    private static readonly string[] MissingLabelButtons = [$"{UnderstoodLabels.ButtonPrefix}:add:o", $"{UnderstoodLabels.ButtonPrefix}:add:s"];

    public static ModalData? For(Interaction interaction, string customId)
    {
        var editPrefix = $"{InterviewPrompts.ButtonPrefix}:edit:";
        var isFreeTextEdit = customId.StartsWith(editPrefix, StringComparison.Ordinal) && FreeTextFields.Contains(customId[editPrefix.Length..]);
        if (!isFreeTextEdit && !MissingLabelButtons.Contains(customId))
        {
            return null;
        }

        var label = DiscordReplyFormatter.Truncate(LabelOf(interaction.Message?.Components, customId) ?? customId.Split(':')[^1], MaxTitle);
        var input = new Component(4, CustomId: AnswerId, Style: 2, Label: label, Required: true, MaxLength: 1000);
        return new ModalData(Prefix + customId, label, [new Component(1, Components: [input])]);
    }

    public static string? ButtonIdOf(string modalId) =>
        modalId.StartsWith(Prefix, StringComparison.Ordinal) ? modalId[Prefix.Length..] : null;

    /// <summary>Text input values in the order the modal shows them (rows, or label components).</summary>
    public static IEnumerable<string> Values(IReadOnlyList<InteractionComponent>? components)
    {
        foreach (var component in components ?? [])
        {
            if (component.Type == 4 && !string.IsNullOrWhiteSpace(component.Value))
            {
                yield return component.Value;
            }

            var nested = component.Component is { } single ? [single] : component.Components ?? [];
            foreach (var value in Values(nested))
            {
                yield return value;
            }
        }
    }

    private static string? LabelOf(IReadOnlyList<InteractionComponent>? components, string customId)
    {
        foreach (var component in components ?? [])
        {
            if (component.CustomId == customId && component.Label is { } label)
            {
                return label;
            }

            if (LabelOf(component.Components, customId) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
