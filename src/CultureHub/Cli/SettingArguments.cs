namespace CultureHub.Cli;

/// <summary>
/// The <c>--Section:Key=value</c> arguments. They are taken out before the command line is parsed
/// and handed to the configuration unchanged, so any setting can be overridden on any command without
/// each command declaring every setting as an option.
/// </summary>
public sealed record SettingArguments(IReadOnlyList<string> Values)
{
    public const string Syntax = "--Section:Key=value";

    public static (SettingArguments Settings, string[] CommandLine) Split(IReadOnlyList<string> args)
    {
        var settings = args.Where(IsSetting).ToList();
        return (new SettingArguments(settings), args.Where(a => !IsSetting(a)).ToArray());
    }

    public string[] ToArray() => [.. Values];

    /// <summary>appsettings.json next to the program, the environment (<c>Llm__Model</c>) and these arguments.</summary>
    public IConfiguration ToConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(ToArray())
        .Build();

    private static bool IsSetting(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal)
        && argument.IndexOf('=', StringComparison.Ordinal) is var equals and > 2
        && argument.AsSpan(2, equals - 2).Contains(':');
}
