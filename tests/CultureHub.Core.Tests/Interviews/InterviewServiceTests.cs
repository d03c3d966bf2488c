using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using Moq;

namespace CultureHub.Core.Tests.Interviews;

public sealed class InterviewServiceTests
{
    [Fact]
    public async Task Start_Newcomer_ShowsConsentAndStoresNothing()
    {
        var harness = new InterviewHarness();

        var replies = harness.Interview.Start(await harness.ContextAsync(), "hub_oldenburg");

        var notice = Assert.Single(replies);
        Assert.Contains(notice.Buttons, b => b.Id == "consent:yes:de:hub_oldenburg");
        harness.Sessions.Verify(s => s.SaveAsync(It.IsAny<InterviewSession>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Members.Verify(m => m.UpsertAsync(It.IsAny<Member>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task WholeInterview_German_SavesProfileWithConsentAndTags()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich bin Tontechnikerin und mische Bands live");
        await harness.SayAsync("eine Band, die Proberaum teilt");
        await harness.SayAsync("bei Vechta");
        Assert.Equal([Sector.Music], harness.Session.Draft.Sectors);
        await harness.PressAsync("sector:film");
        await harness.PressAsync("sectors:done");
        await harness.SayAsync("https://jana-sound.de");
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
        await harness.PressAsync("confirm");

        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.Equal("Jana", member.DisplayName);
        Assert.Equal("Vechta", member.Town?.Place?.Name);
        Assert.Equal([Sector.Music, Sector.Film], member.Sectors);
        Assert.Equal("test-1", member.Consent.Version);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), member.Consent.GivenAt);
        Assert.Equal("hub_oldenburg", member.Source);
        Assert.Equal("live_sound", Assert.Single(member.OfferTags).CompetenceId);
        Assert.Equal(["https://jana-sound.de/"], member.Links);
        Assert.Empty(harness.SavedSessions);
    }

    [Theory]
    [InlineData("fertig")]
    [InlineData("Done.")]
    public async Task Sectors_ButtonWordTyped_KeepsTheTickedSectorsAndMovesOn(string typed)
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich bin Tontechnikerin und mische Bands live");
        await harness.SayAsync("eine Band, die Proberaum teilt");
        await harness.SayAsync("bei Vechta");
        await harness.PressAsync("sector:film");

        await harness.SayAsync(typed);

        Assert.Equal([Sector.Music, Sector.Film], harness.Session.Draft.Sectors);
        Assert.True(harness.Session.Draft.HasChosenSectors);
        Assert.NotEqual(InterviewStep.Sectors, harness.Session.Step);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("n/a")]
    [InlineData("Nichts.")]
    public async Task Seeks_NothingWrittenAsASign_SkipsTheStepInsteadOfAskingForWords(string typed)
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich bin Tontechnikerin und mische Bands live");

        var replies = await harness.SayAsync(typed);

        Assert.Equal(string.Empty, harness.Session.Draft.Seeks);
        Assert.Equal(InterviewStep.Town, harness.Session.Step);
        Assert.DoesNotContain(replies, r => r.Text == harness.Texts.Get(Language.De, "answer.no_words"));
    }

    [Theory]
    [InlineData("Ich lege Techno auf und suche einen Club in Oldenburg zum Auflegen")]
    [InlineData("I DJ techno")]
    public async Task Answer_TownOnlyInTheSearch_IsNotTakenForHome(string offer)
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Kalle");
        await harness.SayAsync(offer);
        if (harness.Session.Step == InterviewStep.Seeks)
        {
            await harness.SayAsync("a club night in Oldenburg to play at");
        }

        Assert.Null(harness.Session.Draft.Town);
        Assert.Equal(InterviewStep.Town, harness.Session.Step);
    }

    [Fact]
    public async Task Answer_TownReadFromTheOffer_IsShownWithTheNextQuestion()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Die Deichgrafen");

        var replies = await harness.SayAsync("Wir sind eine Folkband aus Oldenburg mit Geige und Akkordeon");
        var afterSeeks = await harness.SayAsync("eine Tontechnikerin");

        var line = harness.Texts.Format(Language.De, "labels.town_from_answer", "Oldenburg");
        Assert.Contains(line, replies[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(afterSeeks, r => r.Text.Contains(line, StringComparison.Ordinal));
        Assert.Equal(InterviewStep.Sectors, harness.Session.Step);
    }

    [Fact]
    public async Task Answer_TownAnsweredWhenAsked_IsNotAnnouncedAsReadFromAnAnswer()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich bin Tontechnikerin und mische Bands live");
        await harness.SayAsync("eine Band");

        var replies = await harness.SayAsync("Oldenburg");

        Assert.DoesNotContain(replies, r => r.Text.Contains("📍", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_OfferWithSeekAndTown_FillsThreeFieldsAndSkipsAhead()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");

        await harness.SayAsync("Ich spiele Schlagzeug in Oldenburg und suche eine Band für Punk");

        var draft = harness.Session.Draft;
        Assert.Equal("Ich spiele Schlagzeug in Oldenburg", draft.Offers);
        Assert.Equal("suche eine Band für Punk", draft.Seeks);
        Assert.Equal("Oldenburg", draft.Town?.Place?.Name);
        Assert.Equal(InterviewStep.Sectors, harness.Session.Step);
        Assert.Contains(Sector.Music, draft.Sectors);
    }

    [Fact]
    public async Task Answer_NameWithIntroduction_TakesNameAndOffer()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync(Language.En);

        await harness.SayAsync("I'm Sam, a video editor who cuts music videos");

        Assert.Equal("Sam", harness.Session.Draft.Name);
        Assert.Equal("a video editor who cuts music videos", harness.Session.Draft.Offers);
        Assert.Equal(InterviewStep.Seeks, harness.Session.Step);
    }

    [Fact]
    public async Task Answer_NameStepSentenceInAnotherLanguage_AsksForTheNameAloneAndTakesNothing()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();

        var replies = await harness.SayAsync("Merhaba! Ben Elif, bir grafik tasarımcıyım ve Hannover'de yaşıyorum.");

        Assert.Equal(harness.Texts.Get(Language.De, "interview.name_other_language"), replies[0].Text);
        Assert.Equal(InterviewStep.Name, harness.Session.Step);
        Assert.Null(harness.Session.Draft.Name);
        Assert.Null(harness.Session.Draft.Offers);
    }

    [Fact]
    public async Task Answer_NameInAnotherScript_IsTakenAsTheName()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();

        await harness.SayAsync("مريم");

        Assert.Equal("مريم", harness.Session.Draft.Name);
        Assert.Equal(InterviewStep.Offers, harness.Session.Step);
    }

    [Theory]
    [InlineData("", "answer.empty")]
    [InlineData("   ", "answer.empty")]
    [InlineData("🎸🥁🎤", "answer.no_words")]
    public async Task Answer_Unusable_ExplainsAndKeepsStep(string text, string key)
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();

        var replies = await harness.SayAsync(text);

        Assert.Equal(harness.Texts.Get(Language.De, key), replies[0].Text);
        Assert.Equal(InterviewStep.Name, harness.Session.Step);
        Assert.Null(harness.Session.Draft.Name);
    }

    [Fact]
    public async Task Answer_TooLong_IsRefusedAndNothingIsLost()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich mache Licht");
        await harness.PressAsync("back");

        var replies = await harness.SayAsync(new string('x', 20_000));

        Assert.Equal(harness.Texts.Get(Language.De, "answer.too_long"), replies[0].Text);
        Assert.Equal("Ich mache Licht", harness.Session.Draft.Offers);
    }

    [Fact]
    public async Task Back_FromSeeks_ReturnsToOffersAndShowsCurrentAnswer()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        await harness.SayAsync("Ich mache Licht für Konzerte");

        var replies = await harness.SayAsync("zurück");

        Assert.Equal(InterviewStep.Offers, harness.Session.Step);
        Assert.Contains("Ich mache Licht für Konzerte", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_FromAnotherStep_IsReportedAsNoLongerOpen()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();

        var replies = await harness.PressAsync("confirm");

        Assert.Equal(harness.Texts.Get(Language.De, "button.outdated"), replies[0].Text);
        Assert.Empty(harness.SavedMembers);
    }

    [Fact]
    public async Task Edit_ExistingMember_ChangesOnlyTheEditedField()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        foreach (var answer in new[] { "Jana", "Ich mache Licht", "nichts", "Hannover" })
        {
            await harness.SayAsync(answer);
        }

        await harness.PressAsync("sectors:done");
        await harness.PressAsync("skip");
        await harness.PressAsync("confirm");
        var created = Assert.Single(harness.SavedMembers.Values);
        harness.Clock.Advance(TimeSpan.FromDays(1));

        await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None);
        await harness.PressAsync("edit:town");
        await harness.SayAsync("Osnabrueck");
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
        await harness.PressAsync("confirm");

        var updated = Assert.Single(harness.SavedMembers.Values);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("Osnabrück", updated.Town?.Place?.Name);
        Assert.Equal("Ich mache Licht", updated.Offers);
        Assert.Equal(string.Empty, updated.Seeks);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
        Assert.True(updated.UpdatedAt > created.UpdatedAt);
    }

    [Fact]
    public async Task Consent_PressedTwice_DoesNotRestartTheInterview()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");

        var replies = await harness.Interview.AcceptConsentAsync(await harness.ContextAsync(), Language.De, null, CancellationToken.None);

        Assert.Equal(harness.Texts.Get(Language.De, "consent.already"), replies[0].Text);
        Assert.Equal("Jana", harness.Session.Draft.Name);
    }
}
