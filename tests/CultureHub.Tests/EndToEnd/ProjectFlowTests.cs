using CultureHub.Core.Chat;
using CultureHub.Core.Projects;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>A band finds a camera person and an editor for a music video, end to end through the web chat API.</summary>
public sealed class ProjectFlowTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Project_MusicVideo_TeamOfCameraAndEditing_BothSayYes_MessagesReachBoth_FirstMessageNamesHub()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await CommunityAsync(host);

        var roles = await DescribeMusicVideoAsync(band);
        Assert.Contains("Kamera", roles.AllText, StringComparison.Ordinal);
        Assert.Contains(roles.Buttons, b => b.Id == "prj:rm:camera");
        var proposal = await band.PressAsync("prj:team");
        Assert.Contains("Kai", proposal.AllText, StringComparison.Ordinal);
        Assert.Contains("Eda", proposal.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Paula", proposal.AllText, StringComparison.Ordinal);

        var invited = await band.PressAsync(proposal.Button("prj:invite:").Id);
        Assert.Contains("eingeladen", invited.AllText, StringComparison.Ordinal);
        var kaiInvite = await host.Visitor("kai").InboxAsync();
        var edaInvite = await host.Visitor("eda").InboxAsync();
        Assert.Contains("Projekt-Einladung von Die Kiesel", kaiInvite.AllText, StringComparison.Ordinal);
        Assert.Contains("Kamera", kaiInvite.AllText, StringComparison.Ordinal);
        Assert.Contains("Projekt-Einladung von Die Kiesel", edaInvite.AllText, StringComparison.Ordinal);

        Assert.Contains("dabei", (await host.Visitor("kai").PressAsync(kaiInvite.Button("prj:yes:").Id)).AllText, StringComparison.Ordinal);
        Assert.Contains("schon geantwortet", (await host.Visitor("kai").PressAsync(kaiInvite.Button("prj:yes:").Id)).AllText, StringComparison.Ordinal);
        Assert.Contains("dabei", (await host.Visitor("eda").PressAsync(edaInvite.Button("prj:yes:").Id)).AllText, StringComparison.Ordinal);

        var opened = await band.InboxAsync();
        var first = opened.Replies.First(r => r.Text.Contains("Euer Team", StringComparison.Ordinal)).Text;
        Assert.Contains("📍", first, StringComparison.Ordinal);
        Assert.Contains("Hildesheim", first[first.IndexOf("📍", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var kaiInbox = (await host.Visitor("kai").InboxAsync()).AllText;
        Assert.Contains("Euer Team", kaiInbox, StringComparison.Ordinal);
        Assert.Contains("Eda ist jetzt als", kaiInbox, StringComparison.Ordinal);
        Assert.Contains("Euer Team für „Musikvideo Sommerregen“: Die Kiesel (Projekt), Kai", (await host.Visitor("eda").InboxAsync()).AllText, StringComparison.Ordinal);

        var sent = await band.SayAsync("Drehtag am Samstag in der Halle?");
        Assert.Contains("weitergeleitet", sent.AllText, StringComparison.Ordinal);
        Assert.Contains("💬 Die Kiesel · Musikvideo Sommerregen: Drehtag am Samstag in der Halle?", (await host.Visitor("kai").InboxAsync()).AllText, StringComparison.Ordinal);
        Assert.Contains("💬 Die Kiesel · Musikvideo Sommerregen: Drehtag am Samstag in der Halle?", (await host.Visitor("eda").InboxAsync()).AllText, StringComparison.Ordinal);

        var stored = Assert.Single(await host.Get<IProjectStore>().AllAsync(CancellationToken.None));
        Assert.Equal(ProjectState.Active, stored.State);
        Assert.Equal(3, stored.TeamIds.Count);
        Assert.True(stored.IsRelayActive);
    }

    [Fact]
    public async Task Project_ClosedThenLateAnswer_EndLeaves_ListShowsIt_OutcomeAsked()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await CommunityAsync(host);
        await DescribeMusicVideoAsync(band);
        var proposal = await band.PressAsync("prj:team");
        await band.PressAsync(proposal.Button("prj:invite:").Id);
        var kaiInvite = await host.Visitor("kai").InboxAsync();
        var edaInvite = await host.Visitor("eda").InboxAsync();
        await host.Visitor("kai").PressAsync(kaiInvite.Button("prj:yes:").Id);

        var list = await band.SayAsync("/projects");
        Assert.Contains("Musikvideo Sommerregen", list.AllText, StringComparison.Ordinal);
        Assert.Contains("Kai ✅", list.AllText, StringComparison.Ordinal);
        Assert.Contains("⏳", list.AllText, StringComparison.Ordinal);
        Assert.Contains("Einladung offen", (await host.Visitor("eda").SayAsync("/projects")).AllText, StringComparison.Ordinal);

        Assert.Contains("verlassen", (await host.Visitor("kai").SayAsync("/end")).AllText, StringComparison.Ordinal);
        Assert.Contains("Kai hat das Team", (await band.InboxAsync()).AllText, StringComparison.Ordinal);

        var closed = await band.PressAsync(list.Button("prj:close:").Id);
        Assert.Contains("abgeschlossen", closed.AllText, StringComparison.Ordinal);
        var late = await host.Visitor("eda").PressAsync(edaInvite.Button("prj:yes:").Id);
        Assert.Contains("schon abgeschlossen", late.AllText, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(220));
        await host.Get<ProjectSweeper>().SweepAsync(CancellationToken.None);
        await host.Get<ProjectSweeper>().SweepAsync(CancellationToken.None);
        var question = await band.InboxAsync();
        Assert.Single(question.Replies, r => r.Text.Contains("Wie ist es", StringComparison.Ordinal));
        Assert.Contains("Danke", (await band.PressAsync(question.Button("prj:outcome:happened:").Id)).AllText, StringComparison.Ordinal);
        Assert.Equal(ProjectOutcome.Happened, Assert.Single(await host.Get<IProjectStore>().AllAsync(CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Project_DescriptionNamesTheInitiatorsOwnCraft_ItIsNoRoleToFill()
    {
        await using var host = await StartAsync();
        await CommunityAsync(host);
        var kai = host.Visitor("kai");

        await kai.SayAsync("/project");
        await kai.SayAsync("Doku Dorfkneipen");
        await kai.SayAsync("Ein Dokumentarfilm über die letzten Dorfkneipen im Landkreis: Kamera und Schnitt, dazu Musik für den Abspann.");
        await kai.SayAsync("Sommer 2027");
        var roles = await kai.SayAsync("Hildesheim");

        var ids = roles.Buttons.Select(b => b.Id).ToList();
        Assert.DoesNotContain("prj:rm:camera", ids);
        Assert.Contains("prj:rm:film_editing", ids);
    }

    private Task<RunningHost> StartAsync() => RunningHost.StartOnClockAsync(_folder.File("projects.db"), _clock);

    /// <summary>The band, a camera person and an editor nearby, and a singer who offers neither.</summary>
    internal static async Task CommunityAsync(RunningHost host)
    {
        await IntroductionFlowTests.InterviewAsync(host.Visitor("band"), "Die Kiesel", "Wir sind eine Indie-Band: Gitarre, Bass, Schlagzeug und Gesang", "Wir suchen Auftritte in Clubs", "Hildesheim");
        await IntroductionFlowTests.InterviewAsync(host.Visitor("kai"), "Kai", "Ich bin Kameramann und filme mit eigener Kamera", "Ich suche Bands für Videodrehs", "Hildesheim");
        await IntroductionFlowTests.InterviewAsync(host.Visitor("eda"), "Eda", "Ich mache Videoschnitt und Farbkorrektur", "Ich suche spannende Filmprojekte", "Hannover");
        await IntroductionFlowTests.InterviewAsync(host.Visitor("paula"), "Paula", "Ich singe Jazz und Soul", "Ich suche eine Pianistin", "Hildesheim");
    }

    /// <summary>/project up to the roles: returns the role labels with their buttons (anything but camera and editing removed).</summary>
    internal static async Task<ApiResponse> DescribeMusicVideoAsync(ChatApiClient band)
    {
        Assert.Contains("Wie heißt dein Projekt", (await band.SayAsync("/project")).AllText, StringComparison.Ordinal);
        await band.SayAsync("Musikvideo Sommerregen");
        await band.SayAsync("Wir drehen ein Musikvideo zu unserem Song Sommerregen und brauchen jemanden an der Kamera und jemanden für den Schnitt.");
        await band.SayAsync("Juni 2027");
        var roles = await band.SayAsync("Hildesheim");
        foreach (var extra in roles.Buttons.Where(b => b.Id.StartsWith("prj:rm:", StringComparison.Ordinal) && b.Id is not "prj:rm:camera" and not "prj:rm:video" and not "prj:rm:film_editing").ToList())
        {
            roles = await band.PressAsync(extra.Id);
        }

        Assert.True(roles.Buttons.Count(b => b.Id.StartsWith("prj:rm:", StringComparison.Ordinal)) == 2, roles.AllText + " " + string.Join(",", roles.Buttons.Select(b => b.Id)));
        return roles;
    }

    public void Dispose() => _folder.Dispose();
}
