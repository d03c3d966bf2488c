using CultureHub.Telegram.Sending;

namespace CultureHub.Telegram.Tests;

public sealed class TelegramTextTests
{
    [Fact]
    public void EscapeHtml_MarkupCharacters_Escaped() =>
        Assert.Equal("a &lt;b&gt; &amp;amp; \"c\"", TelegramText.EscapeHtml("a <b> &amp; \"c\""));

    [Fact]
    public void Split_ShortText_OnePart() => Assert.Equal(["hallo"], TelegramText.Split("hallo"));

    [Fact]
    public void Split_Paragraphs_CutsBetweenParagraphs()
    {
        var parts = TelegramText.Split("aaaa\n\nbbbb\n\ncccc", 10);

        Assert.Equal(["aaaa\n\nbbbb", "cccc"], parts);
    }

    [Fact]
    public void Split_OneLongLineWithoutBreaks_CutsHardAtTheLimit()
    {
        var parts = TelegramText.Split(new string('z', 25), 10);

        Assert.Equal([10, 10, 5], parts.Select(p => p.Length));
    }

    [Fact]
    public void Split_LinesOnly_CutsAtLines()
    {
        var parts = TelegramText.Split("aaa\nbbb\nccc", 8);

        Assert.Equal(["aaa\nbbb", "ccc"], parts);
    }

    [Fact]
    public void Split_SurrogatePairAtTheLimit_NotCutInHalf()
    {
        var parts = TelegramText.Split(new string('a', 9) + "🎶" + "b", 10);

        Assert.Equal(new string('a', 9), parts[0]);
        Assert.StartsWith("🎶", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void FitsCallbackData_Over64Bytes_False()
    {
        Assert.True(TelegramText.FitsCallbackData(new string('a', 64)));
        Assert.False(TelegramText.FitsCallbackData(new string('ä', 33)));
    }
}
