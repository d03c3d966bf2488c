using CultureHub.Core.Chat;
using CultureHub.Core.Commands;
using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using CultureHub.Core.Tests.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Privacy;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CultureHub.Core.Tests.Interviews;

/// <summary>The interview with Moq'd stores that remember what was saved, and a fake clock.</summary>
internal sealed class InterviewHarness
{
    public InterviewHarness()
    {
        Sessions.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, CancellationToken _) => SavedSessions.GetValueOrDefault(key));
        Sessions.Setup(s => s.SaveAsync(It.IsAny<InterviewSession>(), It.IsAny<CancellationToken>()))
            .Callback((InterviewSession s, CancellationToken _) => SavedSessions[s.IdentityKey] = s)
            .Returns(Task.CompletedTask);
        Sessions.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string key, CancellationToken _) => SavedSessions.Remove(key))
            .Returns(Task.CompletedTask);
        Members.Setup(m => m.UpsertAsync(It.IsAny<Member>(), It.IsAny<CancellationToken>()))
            .Callback((Member m, CancellationToken _) => SavedMembers[m.Id] = m)
            .Returns(Task.CompletedTask);
        Members.Setup(m => m.UpdateAsync(It.IsAny<string>(), It.IsAny<Func<Member, Member?>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, Func<Member, Member?> change, CancellationToken _) =>
                SavedMembers.GetValueOrDefault(id) is { } current ? SavedMembers[id] = change(current) ?? current : null);
        Members.Setup(m => m.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => SavedMembers.GetValueOrDefault(id));
        Members.Setup(m => m.FindByIdentityAsync(It.IsAny<PlatformIdentity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((PlatformIdentity i, CancellationToken _) => SavedMembers.Values.FirstOrDefault(m => m.Identities.Contains(i)));

        var gazetteer = Gazetteer.LoadEmbedded();
        Labels = new UnderstoodLabels(new TaxonomyVocabulary(MatchingWorld.Taxonomy), Texts);
        var reading = new DraftReading(Extractor.Object, Labels);
        var card = new ProfileCard(Texts, Labels);
        var prompts = new InterviewPrompts(Texts, card, Labels);
        Interview = new InterviewService(
            Sessions.Object, new InterviewAnswers(gazetteer, Texts), prompts, Texts,
            new ProfileCompletion(Sessions.Object, Members.Object, reading, Labels, Clock),
            reading,
            new AnswerFeedback(Labels, Texts),
            [],
            Options.Create(new PrivacyOptions { ConsentVersion = "test-1" }), Clock, NullLogger<InterviewService>.Instance);
        Corrections = new LabelCorrectionService(Sessions.Object, Members.Object, reading, Labels, prompts, new ProfileView(card, Labels, Texts), Texts, Clock);
        LabelButtons = new LabelButtons(Corrections, Texts);

        // Whatever the words, the offers read as live sound: the tests here are about the interview, not the reader.
        Extractor.Setup(e => e.Extract(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Language>()))
            .Returns((string offers, string _, Language _) => new CompetenceExtraction(offers.Length > 0 ? [new CompetenceTag("live_sound", 0.9)] : [], []));
    }

    public UnderstoodLabels Labels { get; }

    public LabelCorrectionService Corrections { get; }

    public LabelButtons LabelButtons { get; }

    public TextCatalog Texts { get; } = TextCatalog.LoadEmbedded();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public Mock<IInterviewStore> Sessions { get; } = new(MockBehavior.Strict);

    public Mock<IMemberStore> Members { get; } = new(MockBehavior.Strict);

    public Mock<ICompetenceExtractor> Extractor { get; } = new();

    public Dictionary<string, InterviewSession> SavedSessions { get; } = [];

    public Dictionary<string, Member> SavedMembers { get; } = [];

    public InterviewService Interview { get; }

    public ChatSender Sender { get; } = new(new PlatformIdentity(ChatPlatform.Web, "alice"), "Alice B.");

    public async Task<ChatContext> ContextAsync(Language language = Language.De)
    {
        var session = await Sessions.Object.GetAsync(Sender.Identity.Key, CancellationToken.None);
        var member = await Members.Object.FindByIdentityAsync(Sender.Identity, CancellationToken.None);
        return new ChatContext(Sender, member?.Language ?? session?.Language ?? language, member, session);
    }

    public async Task<IReadOnlyList<ChatReply>> SayAsync(string text) =>
        await Interview.AnswerAsync(await ContextAsync(), text, CancellationToken.None);

    public async Task<IReadOnlyList<ChatReply>> PressAsync(string argument) =>
        await Interview.ButtonAsync(await ContextAsync(), argument, CancellationToken.None);

    /// <summary>A button under the understood labels, e.g. <c>rm:o:live_sound</c>.</summary>
    public async Task<IReadOnlyList<ChatReply>> PressLabelAsync(string argument) =>
        await LabelButtons.HandleAsync(await ContextAsync(), argument, CancellationToken.None);

    /// <summary>Text as the router would pass it: the label question first, the interview otherwise.</summary>
    public async Task<IReadOnlyList<ChatReply>> TypeAsync(string text)
    {
        var context = await ContextAsync();
        return await Corrections.TryHandleAsync(context, new TextInput(Sender, text), CancellationToken.None)
            ?? await Interview.AnswerAsync(context, text, CancellationToken.None);
    }

    public InterviewSession Session => SavedSessions[Sender.Identity.Key];

    public async Task ConsentAsync(Language language = Language.De) =>
        await Interview.AcceptConsentAsync(await ContextAsync(language), language, SourcePayload.Clean("hub_oldenburg"), CancellationToken.None);
}
