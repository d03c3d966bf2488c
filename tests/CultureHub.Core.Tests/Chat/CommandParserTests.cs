using CultureHub.Core.Chat;

namespace CultureHub.Core.Tests.Chat;

public sealed class CommandParserTests
{
    private static readonly ChatSender Sender = new(new PlatformIdentity(ChatPlatform.Telegram, "1"));

    [Theory]
    [InlineData("/signup 42", "signup", "42")]
    [InlineData("  /START hub_oldenburg ", "start", "hub_oldenburg")]
    [InlineData("/workshops@CultureHubBot Oldenburg", "workshops", "Oldenburg")]
    [InlineData("/help", "help", "")]
    public void TryParse_Command_ReadsNameAndArguments(string text, string name, string arguments)
    {
        var command = CommandParser.TryParse(Sender, text, "culturehubbot", out var isForOtherBot);

        Assert.NotNull(command);
        Assert.Equal(name, command.Name);
        Assert.Equal(arguments, command.Arguments);
        Assert.False(isForOtherBot);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("/ 5")]
    [InlineData("/123")]
    [InlineData("")]
    public void TryParse_NotACommand_ReturnsNull(string text) =>
        Assert.Null(CommandParser.TryParse(Sender, text, null, out _));

    [Fact]
    public void TryParse_AddressedToAnotherBot_SaysSo()
    {
        var command = CommandParser.TryParse(Sender, "/start@OtherBot", "culturehubbot", out var isForOtherBot);

        Assert.NotNull(command);
        Assert.True(isForOtherBot);
    }

    [Theory]
    [InlineData("/profile", typeof(CommandInput))]
    [InlineData("Ich mache Musik / Theater", typeof(TextInput))]
    [InlineData("/123", typeof(TextInput))]
    [InlineData("🎸🎹", typeof(TextInput))]
    public void ReadTyped_CommandOrPlainText_IsTheSameForEveryAdapter(string text, Type expected) =>
        Assert.IsType(expected, CommandParser.ReadTyped(Sender, text));

    [Fact]
    public void ReadTyped_CommandForAnotherBot_IsNothing()
    {
        Assert.Null(CommandParser.ReadTyped(Sender, "/start@OtherBot", "culturehubbot"));
        Assert.IsType<CommandInput>(CommandParser.ReadTyped(Sender, "/start@CultureHubBot", "culturehubbot"));
        Assert.Equal("hallo", Assert.IsType<TextInput>(CommandParser.ReadTyped(Sender, "hallo", "culturehubbot")).Text);
    }

    [Fact]
    public void PlatformIdentity_KeyRoundTrips()
    {
        var identity = new PlatformIdentity(ChatPlatform.Discord, "80351110224678912");

        Assert.True(PlatformIdentity.TryParse(identity.Key, out var parsed));
        Assert.Equal(identity, parsed);
        Assert.False(PlatformIdentity.TryParse("nope:1", out _));
    }
}
