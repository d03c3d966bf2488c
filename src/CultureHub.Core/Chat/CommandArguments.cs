namespace CultureHub.Core.Chat;

/// <summary>Named argument values (a Discord slash command's options) joined into the typed form the commands read.</summary>
public static class CommandArguments
{
    /// <summary>
    /// In the descriptor's order, each with its lead word (<c>Proberaum near Lohne</c>); values of a
    /// command without named arguments are joined in the order given.
    /// </summary>
    public static string Join(CommandDescriptor descriptor, IReadOnlyList<(string Name, string Value)> values)
    {
        if (descriptor.Arguments.Count == 0)
        {
            return string.Join(' ', values.Select(v => v.Value));
        }

        var parts = new List<string>();
        foreach (var argument in descriptor.Arguments)
        {
            var value = values.FirstOrDefault(v => v.Name == argument.Name).Value?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(argument.Lead is { } lead ? $"{lead} {value}" : value);
            }
        }

        return string.Join(' ', parts);
    }
}
