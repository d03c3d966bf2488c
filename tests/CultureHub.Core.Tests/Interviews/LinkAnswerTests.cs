using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Interviews;

public sealed class LinkAnswerTests
{
    [Theory]
    [InlineData("@kim_klang auf Instagram", "https://www.instagram.com/kim_klang/")]
    [InlineData("Insta: @kim.klang", "https://www.instagram.com/kim.klang/")]
    [InlineData("@kimklang (TikTok)", "https://www.tiktok.com/@kimklang")]
    [InlineData("my soundcloud is @kim-klang", "https://soundcloud.com/kim-klang")]
    [InlineData("you find me as @kim@chaos.social", "https://chaos.social/@kim")]
    [InlineData("@kim.bsky.social on Bluesky.", "https://bsky.app/profile/kim.bsky.social")]
    public void ReadLinks_HandleWithItsPlatform_BecomesTheProfileAddress(string text, string expected) =>
        Assert.Equal([expected], AnswerReader.ReadLinks(text));

    [Fact]
    public void ReadLinks_AddressAndHandle_KeepsBothInTheOrderWritten()
    {
        var links = AnswerReader.ReadLinks("itch.io/kimgames und @kimpixel auf Instagram");

        Assert.Equal(["https://itch.io/kimgames", "https://www.instagram.com/kimpixel/"], links);
    }

    [Theory]
    [InlineData("@band.music")]
    [InlineData("@kim.studio")]
    public void ReadLinks_HandleThatLooksLikeADomain_IsNeverReadAsAWebSite(string text) =>
        Assert.Empty(AnswerReader.ReadLinks(text));

    [Fact]
    public async Task Links_HandleWithoutPlatform_AsksWhichPlatformAndKeepsTheStep()
    {
        var harness = await AtLinksStepAsync();

        var replies = await harness.SayAsync("@kimpixel");

        Assert.Equal(harness.Texts.Get(Language.De, "interview.handle_platform_missing"), replies[0].Text);
        Assert.Equal(InterviewStep.Links, harness.Session.Step);
        Assert.Null(harness.Session.Draft.Links);
    }

    [Fact]
    public async Task Links_AddressBesideAHandleWithoutPlatform_SavesTheAddressAndSaysWhatWasLeftOut()
    {
        var harness = await AtLinksStepAsync();

        var replies = await harness.SayAsync("kim-klang.de und @kimpixel");

        Assert.Equal(["https://kim-klang.de/"], harness.Session.Draft.Links);
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
        Assert.Contains(replies, r => r.Text == harness.Texts.Get(Language.De, "interview.handle_platform_left_out"));
    }

    [Fact]
    public async Task Links_EmailAddress_IsNotTakenForAHandle()
    {
        var harness = await AtLinksStepAsync();

        var replies = await harness.SayAsync("kim@kim-klang.de");

        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
        Assert.DoesNotContain(replies, r => r.Text == harness.Texts.Get(Language.De, "interview.handle_platform_left_out"));
    }

    [Fact]
    public async Task Links_Dash_SkipsWithNoLinks()
    {
        var harness = await AtLinksStepAsync();

        await harness.SayAsync("-");

        Assert.Equal([], harness.Session.Draft.Links);
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
    }

    private static async Task<InterviewHarness> AtLinksStepAsync()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Kim");
        await harness.SayAsync("Ich mache Musik für Videospiele");
        await harness.SayAsync("eine Sprecherin");
        await harness.SayAsync("Verden");
        await harness.PressAsync("sectors:done");
        Assert.Equal(InterviewStep.Links, harness.Session.Step);
        return harness;
    }
}
