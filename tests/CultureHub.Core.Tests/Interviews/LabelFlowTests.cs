using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using Moq;

namespace CultureHub.Core.Tests.Interviews;

/// <summary>"Das habe ich verstanden" in the interview: labels with the next question, on the card, and corrected by buttons.</summary>
public sealed class LabelFlowTests
{
    [Fact]
    public async Task Answer_OffersUnderstood_LabelsRideAlongWithTheNextQuestionInOneMessage()
    {
        var harness = await NamedAsync();

        var replies = await harness.SayAsync("Ich bin Tontechnikerin");

        var question = Assert.Single(replies);
        Assert.StartsWith(harness.Texts.Get(Language.De, "labels.understood"), question.Text, StringComparison.Ordinal);
        Assert.Contains(harness.Texts.Format(Language.De, "labels.offers", "Live-Sound"), question.Text, StringComparison.Ordinal);
        Assert.Contains(harness.Texts.Get(Language.De, "interview.ask_seeks"), question.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStep.Seeks, harness.Session.Step);
    }

    [Fact]
    public async Task Answer_NothingUnderstood_OffersTheClosestOnceAndStillAsksOn()
    {
        var harness = await NamedAsync();
        await harness.SayAsync("Ich bin Tontechnikerin");

        var replies = await harness.SayAsync("Schlagzeuk");

        Assert.Equal(2, replies.Count);
        Assert.Equal(harness.Texts.Get(Language.De, "labels.not_understood_seek"), replies[0].Text);
        Assert.Contains(replies[0].Buttons, b => b.Id == "lbl:pick:s:drums");
        Assert.Equal("lbl:none:s", replies[0].Buttons[^1].Id);
        Assert.InRange(replies[0].Buttons.Count, 2, UnderstoodLabels.MaxSuggestions + 1);
        Assert.StartsWith(harness.Texts.Get(Language.De, "interview.ask_town"), replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStep.Town, harness.Session.Step);
    }

    [Fact]
    public async Task Answer_SeeksInAnotherLanguage_SaysWhatIsUnderstoodKeepsTheAnswerAndAsksOn()
    {
        var harness = await NamedAsync();
        await harness.SayAsync("Ich bin Tontechnikerin");
        const string seeks = "Düğünlerde çalan bir davulcu ve köyümüzde prova yapabileceğimiz bir yer arıyorum";

        var replies = await harness.SayAsync(seeks);

        // No suggestions read from words the vocabulary does not know: the note alone, then the next question.
        Assert.Equal(2, replies.Count);
        Assert.Equal(harness.Texts.Get(Language.De, "labels.other_language"), replies[0].Text);
        Assert.Empty(replies[0].Buttons);
        Assert.StartsWith(harness.Texts.Get(Language.De, "interview.ask_town"), replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(seeks, harness.Session.Draft.Seeks);
        Assert.Equal(InterviewStep.Town, harness.Session.Step);
    }

    [Fact]
    public async Task PickSuggestion_AddsAConfirmedLabelAndReturnsToTheOpenQuestion()
    {
        var harness = await NamedAsync();
        await harness.SayAsync("Ich bin Tontechnikerin");
        await harness.SayAsync("Schlagzeuk");

        var replies = await harness.PressLabelAsync("pick:s:drums");

        // A sought label reads as what is sought ("jemanden am Schlagzeug"), as in "Du suchst: …".
        Assert.Equal(harness.Texts.Format(Language.De, "labels.added", "jemanden am Schlagzeug"), replies[0].Text);
        Assert.StartsWith(harness.Texts.Get(Language.De, "interview.ask_town"), replies[^1].Text, StringComparison.Ordinal);
        var drums = Assert.Single(harness.Session.Draft.SeekTags!);
        Assert.True(drums.IsConfirmed);
        Assert.Equal(["drums"], harness.Session.Draft.Corrections.AddedSeeks);
    }

    [Fact]
    public async Task NoneOfThese_KeepsTheDraftAndRepeatsTheOpenQuestion()
    {
        var harness = await NamedAsync();
        await harness.SayAsync("Ich bin Tontechnikerin");
        await harness.SayAsync("Schlagzeuk");

        var replies = await harness.PressLabelAsync("none:s");

        Assert.Equal(harness.Texts.Get(Language.De, "labels.kept_as_is"), replies[0].Text);
        Assert.Empty(harness.Session.Draft.SeekTags!);
        Assert.Equal(InterviewStep.Town, harness.Session.Step);
    }

    [Fact]
    public async Task Card_ShowsLabelsWithRemoveButtonsNextToTheConfirmButton()
    {
        var harness = await AtCardAsync();

        var card = (await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None))[0];

        Assert.Contains(harness.Texts.Format(Language.De, "labels.offers", "Live-Sound"), card.Text, StringComparison.Ordinal);
        var ids = card.Buttons.Select(b => b.Id).ToList();
        Assert.Contains("iv:confirm", ids);
        Assert.Contains("lbl:rm:o:live_sound", ids);
        Assert.Contains("lbl:add:o", ids);
        Assert.Contains("lbl:add:s", ids);
        Assert.True(card.Buttons.Single(b => b.Id == "lbl:rm:o:live_sound").StartsRow);
    }

    [Fact]
    public async Task Card_MentionedClients_ShownAsMentionedWithRemoveButtons_NotConfirmedByPasst()
    {
        // as the reader takes "Ich mache Live-Sound für Chöre und kleine Bands": the clients only mentioned
        var harness = await AtCardAsync(new CompetenceTag("live_sound", 0.95), new CompetenceTag("choir", 0.29), new CompetenceTag("band", 0.29));

        var card = (await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None))[0];
        await harness.PressAsync("confirm");

        Assert.Contains(harness.Texts.Format(Language.De, "labels.offers", "Live-Sound"), card.Text, StringComparison.Ordinal);
        var mentioned = card.Text.Split('\n').Single(l => l.StartsWith("💬", StringComparison.Ordinal));
        Assert.Contains("Chor", mentioned, StringComparison.Ordinal);
        Assert.Contains("Band", mentioned, StringComparison.Ordinal);
        Assert.DoesNotContain("Live-Sound", mentioned, StringComparison.Ordinal);
        Assert.Equal(harness.Texts.Format(Language.De, "labels.remove_mentioned_offer", "Chor"), card.Buttons.Single(b => b.Id == "lbl:rm:o:choir").Label);
        var saved = Assert.Single(harness.SavedMembers.Values);
        Assert.True(saved.OfferTags.Single(t => t.CompetenceId == "live_sound").IsConfirmed);
        Assert.False(saved.OfferTags.Single(t => t.CompetenceId == "choir").IsConfirmed);
    }

    [Fact]
    public async Task Card_MentionOfAnUnderstoodLabel_NotListedAgain_ButRemovable()
    {
        // "… für Festivals" in the search, while the offer says they organise festivals
        var harness = await AtCardAsync(
            [new CompetenceTag("event_organizer", 0.95)], [new CompetenceTag("live_sound", 0.95), new CompetenceTag("event_organizer", 0.29)], "Tontechnik für Festivals");

        var card = (await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None))[0];

        Assert.DoesNotContain(card.Text.Split('\n'), l => l.StartsWith("💬", StringComparison.Ordinal));
        Assert.Contains(card.Buttons, b => b.Id == "lbl:rm:s:event_organizer");
    }

    [Fact]
    public async Task Card_TwoSensesWordedAlike_OneRemoveButtonTakesBoth()
    {
        // "Licht für Theater": the field (style) understood, the theatre itself only mentioned, both worded "Theater"
        var harness = await AtCardAsync(new CompetenceTag("lighting", 0.95), new CompetenceTag("style_theatre", 0.95), new CompetenceTag("theatre", 0.29));

        var card = (await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None))[0];
        Assert.Contains(card.Buttons, b => b.Id == "lbl:rm:o:style_theatre");
        Assert.DoesNotContain(card.Buttons, b => b.Id == "lbl:rm:o:theatre");

        await harness.PressLabelAsync("rm:o:style_theatre");
        await harness.PressAsync("confirm");

        var saved = Assert.Single(harness.SavedMembers.Values);
        Assert.Equal(["lighting"], saved.OfferTags.Select(t => t.CompetenceId));
        Assert.Equal(["style_theatre", "theatre"], saved.Corrections.RemovedOffers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Profile_RemoveAWordingWithTwoSenses_RemovesBothFromTheStoredProfile()
    {
        var harness = await AtCardAsync(new CompetenceTag("lighting", 0.95), new CompetenceTag("style_theatre", 0.95), new CompetenceTag("theatre", 0.29));
        await harness.PressAsync("confirm");

        await harness.PressLabelAsync("rm:o:style_theatre");

        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.Equal(["lighting"], member.OfferTags.Select(t => t.CompetenceId));
        Assert.Equal(["style_theatre", "theatre"], member.Corrections.RemovedOffers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Confirm_WithoutChanges_StoresTheShownLabelsAsConfirmed()
    {
        var harness = await AtCardAsync();

        await harness.PressAsync("confirm");

        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.True(Assert.Single(member.OfferTags).IsConfirmed);
        Assert.True(member.Corrections.IsEmpty);
    }

    [Fact]
    public async Task Remove_OnCard_IsStoredAndNeverReadBackAfterEdit()
    {
        var harness = await AtCardAsync();

        var replies = await harness.PressLabelAsync("rm:o:live_sound");
        Assert.Equal(harness.Texts.Format(Language.De, "labels.removed", "Live-Sound"), replies[0].Text);
        Assert.DoesNotContain(replies[^1].Buttons, b => b.Id == "lbl:rm:o:live_sound");
        await harness.PressAsync("confirm");
        var saved = Assert.Single(harness.SavedMembers.Values);
        Assert.Empty(saved.OfferTags);
        Assert.Equal(["live_sound"], saved.Corrections.RemovedOffers);

        // /edit, new words that the reader again reads as live sound: it stays removed.
        await harness.Interview.BeginEditAsync(await harness.ContextAsync(), CancellationToken.None);
        await harness.PressAsync("edit:offers");
        await harness.SayAsync("Ich mische Konzerte und mache Licht");
        await harness.PressAsync("confirm");

        var edited = Assert.Single(harness.SavedMembers.Values);
        Assert.Equal("Ich mische Konzerte und mache Licht", edited.Offers);
        Assert.DoesNotContain(edited.OfferTags, t => t.CompetenceId == "live_sound");
        Assert.Equal(["live_sound"], edited.Corrections.RemovedOffers);
    }

    [Fact]
    public async Task Remove_ClickedTwice_AnswersFriendlyAndChangesNothingMore()
    {
        var harness = await AtCardAsync();
        await harness.PressLabelAsync("rm:o:live_sound");

        var replies = await harness.PressLabelAsync("rm:o:live_sound");

        Assert.Equal(harness.Texts.Format(Language.De, "labels.already_removed", "Live-Sound"), replies[0].Text);
        Assert.Equal(["live_sound"], harness.Session.Draft.Corrections.RemovedOffers);
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
    }

    [Fact]
    public async Task SomethingMissing_TypedWithATypo_OffersTheEntryAndAddsItToTheCard()
    {
        var harness = await AtCardAsync();

        var question = Assert.Single(await harness.PressLabelAsync("add:o"));
        Assert.Equal(harness.Texts.Get(Language.De, "labels.ask_missing_offer"), question.Text);
        var choice = Assert.Single(await harness.TypeAsync("Masterring"));
        Assert.Equal("lbl:pick:o:mastering", choice.Buttons[0].Id);
        var card = await harness.PressLabelAsync("pick:o:mastering");
        await harness.PressAsync("confirm");

        Assert.Contains(harness.Texts.Format(Language.De, "labels.offers", "Mastering · Live-Sound"), card[^1].Text, StringComparison.Ordinal);
        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.True(member.OfferTags.Single(t => t.CompetenceId == "mastering").IsConfirmed);
        Assert.Equal(["mastering"], member.Corrections.AddedOffers);
    }

    [Fact]
    public async Task SomethingMissing_NothingClose_SaysSoAndKeepsAsking()
    {
        var harness = await AtCardAsync();
        await harness.PressLabelAsync("add:s");

        var replies = await harness.TypeAsync("xqzvw");

        Assert.Equal(harness.Texts.Get(Language.De, "labels.nothing_found"), replies[0].Text);
        Assert.Equal(harness.Texts.Get(Language.De, "labels.ask_missing_seek"), replies[1].Text);
        Assert.Equal(LabelSide.Seek, harness.Session.AddingTo);
    }

    [Fact]
    public async Task SomethingMissing_Back_ReturnsToTheCardWithoutChanges()
    {
        var harness = await AtCardAsync();
        await harness.PressLabelAsync("add:o");

        var replies = await harness.TypeAsync("zurück");

        Assert.Null(harness.Session.AddingTo);
        Assert.StartsWith(harness.Texts.Get(Language.De, "interview.confirm_intro"), replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_ClickedTwice_SaysItIsAlreadyThere()
    {
        var harness = await AtCardAsync();
        await harness.PressLabelAsync("pick:o:mastering");

        var replies = await harness.PressLabelAsync("pick:o:mastering");

        Assert.Equal(harness.Texts.Format(Language.De, "labels.already_added", "Mastering"), replies[0].Text);
        Assert.Single(harness.Session.Draft.OfferTags!, t => t.CompetenceId == "mastering");
    }

    [Fact]
    public void EveryTaxonomyId_FitsTelegramsCallbackDataAsALabelButton()
    {
        var longest = Matching.MatchingWorld.Taxonomy.Entries.Max(e => System.Text.Encoding.UTF8.GetByteCount($"{UnderstoodLabels.ButtonPrefix}:pick:o:{e.Id}"));

        Assert.InRange(longest, 1, 64);
    }

    [Fact]
    public async Task SomethingMissing_ThenAnotherCardButton_LeavesTheQuestionBehind()
    {
        var harness = await AtCardAsync();
        await harness.PressLabelAsync("add:o");

        var replies = await harness.PressAsync("edit:town");

        Assert.Null(harness.Session.AddingTo);
        Assert.StartsWith(harness.Texts.Get(Language.De, "interview.ask_town"), replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_NeedOnTheOfferSide_IsRefusedAsOutdated()
    {
        var harness = await AtCardAsync();

        var replies = await harness.PressLabelAsync("pick:o:gig_opportunity");

        Assert.Equal(harness.Texts.Get(Language.De, "button.outdated"), Assert.Single(replies).Text);
        Assert.True(harness.Session.Draft.Corrections.IsEmpty);
    }

    [Theory]
    [InlineData("rm:o:live_sound")]
    [InlineData("pick:s:band")]
    [InlineData("add:o")]
    [InlineData("none:s")]
    [InlineData("rm:x:live_sound")]
    [InlineData("rm:o:no_such_thing")]
    [InlineData("whatever")]
    public async Task LabelButton_WithoutProfileOrInterview_IsOutdated(string argument)
    {
        var harness = new InterviewHarness();

        var replies = await harness.PressLabelAsync(argument);

        Assert.Equal(harness.Texts.Get(Language.De, "button.outdated"), Assert.Single(replies).Text);
        Assert.Empty(harness.SavedMembers);
    }

    [Fact]
    public async Task Profile_RemoveButton_ChangesTheStoredProfileAtOnce()
    {
        var harness = await AtCardAsync();
        await harness.PressAsync("confirm");

        var replies = await harness.PressLabelAsync("rm:o:live_sound");

        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.Empty(member.OfferTags);
        Assert.Equal(["live_sound"], member.Corrections.RemovedOffers);
        Assert.StartsWith(harness.Texts.Get(Language.De, "profile.header"), replies[^1].Text, StringComparison.Ordinal);
        Assert.Empty(harness.SavedSessions);
    }

    [Fact]
    public async Task Profile_SomethingMissing_OpensAnEditThatSavesOnConfirm()
    {
        var harness = await AtCardAsync();
        await harness.PressAsync("confirm");

        await harness.PressLabelAsync("add:s");
        await harness.TypeAsync("Proberaum");
        await harness.PressLabelAsync("pick:s:rehearsal_room");
        await harness.PressAsync("confirm");

        var member = Assert.Single(harness.SavedMembers.Values);
        Assert.Contains(member.SeekTags, t => t.CompetenceId == "rehearsal_room" && t.IsConfirmed);
        Assert.Empty(harness.SavedSessions);
    }

    [Fact]
    public async Task Card_ManyLabels_OnlyTheTopFiveOfASideGetButtonsAndAllFitDiscord()
    {
        var harness = await AtCardAsync();
        foreach (var id in new[] { "guitar", "bass", "drums", "vocals", "mastering", "mixing", "booking" })
        {
            await harness.PressLabelAsync($"pick:o:{id}");
        }

        var card = (await harness.PressLabelAsync("pick:s:band"))[^1];

        Assert.Equal(UnderstoodLabels.MaxRemoveButtonsPerSide, card.Buttons.Count(b => b.Id.StartsWith("lbl:rm:o:", StringComparison.Ordinal)));
        Assert.Single(card.Buttons, b => b.Id == "lbl:rm:s:band");
        Assert.InRange(card.Buttons.Count, 1, 25);
        Assert.Contains("Booking", card.Text, StringComparison.Ordinal);
        Assert.All(card.Buttons, b => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(b.Id), 1, 64));
    }

    private static async Task<InterviewHarness> NamedAsync()
    {
        var harness = new InterviewHarness();
        await harness.ConsentAsync();
        await harness.SayAsync("Jana");
        return harness;
    }

    private static async Task<InterviewHarness> AtCardAsync(params CompetenceTag[] offerTags) => await AtCardAsync(offerTags, [], "nichts");

    private static async Task<InterviewHarness> AtCardAsync(CompetenceTag[] offerTags, CompetenceTag[] seekTags, string seeks)
    {
        var harness = await NamedAsync();
        if (offerTags.Length > 0 || seekTags.Length > 0)
        {
            harness.Extractor.Setup(e => e.Extract(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Language>()))
                .Returns((string offers, string sought, Language _) => new CompetenceExtraction(offers.Length > 0 ? offerTags : [], sought.Length > 0 ? seekTags : []));
        }

        foreach (var answer in new[] { "Ich bin Tontechnikerin", seeks, "Hannover" })
        {
            await harness.SayAsync(answer);
        }

        await harness.PressAsync("sectors:done");
        await harness.PressAsync("skip");
        Assert.Equal(InterviewStep.Confirm, harness.Session.Step);
        return harness;
    }
}
