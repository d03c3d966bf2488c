using CultureHub.Core.Projects;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>The projects feature's bad inputs, each answered kindly and losing nothing.</summary>
public sealed class ProjectBadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Form_NoRolesFound_AddRoleBySuggestion_EmptyEmojiAndHugeAnswers_Survive()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await ProjectFlowTests.CommunityAsync(host);

        Assert.Contains("Profil", (await host.Visitor("stranger").SayAsync("/project")).AllText, StringComparison.Ordinal);
        await band.SayAsync("/project");
        Assert.Contains("Emojis", (await band.SayAsync("🎬🎬")).AllText, StringComparison.Ordinal);
        await band.SayAsync("Sommerfest");
        Assert.Contains("2000", (await band.SayAsync(new string('x', 2500))).AllText, StringComparison.Ordinal);
        await band.SayAsync("Wir machen im Sommer etwas Schönes zusammen im Garten.");
        Assert.Contains("Vergangenheit", (await band.SayAsync("01.01.2020")).AllText, StringComparison.Ordinal);
        await band.SayAsync("offen");
        Assert.Contains("finde ich nicht", (await band.SayAsync("Qwxzy")).AllText, StringComparison.Ordinal);
        var roles = await band.PressAsync("prj:where:home");

        Assert.Contains("keine Rolle erkannt", roles.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(roles.Buttons, b => b.Id == "prj:team");
        Assert.Contains("keine Rolle", (await band.PressAsync("prj:team")).AllText, StringComparison.Ordinal);
        Assert.Contains("Welche Rolle", (await band.PressAsync("prj:add")).AllText, StringComparison.Ordinal);
        var choice = await band.SayAsync("Kammera");
        Assert.Contains(choice.Buttons, b => b.Id == "prj:pick:s:camera");
        roles = await band.PressAsync("prj:pick:s:camera");
        Assert.Contains("Kamera", roles.AllText, StringComparison.Ordinal);
        Assert.Contains(roles.Buttons, b => b.Id == "prj:team");
        Assert.Equal(["camera"], (await host.Get<IProjectStore>().GetDraftAsync(host.IdentityOf(band).Key, CancellationToken.None))!.RoleIds);
        Assert.Contains("Kai", (await band.PressAsync("prj:team")).AllText, StringComparison.Ordinal);
        Assert.Contains("nicht mehr offen", (await band.PressAsync("prj:team")).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleNobodyOffers_KeepLookingWeekly_FindsNewMember_TeamOfOneHasNoInvite()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await ProjectFlowTests.CommunityAsync(host);
        await band.SayAsync("/project");
        await band.SayAsync("Tanzvideo");
        await band.SayAsync("Für unser Video suchen wir eine Choreografin, die mit uns tanzt.");
        await band.SayAsync("Juni 2027");
        var roles = await band.SayAsync("online");
        foreach (var remove in roles.Buttons.Where(b => b.Id.StartsWith("prj:rm:", StringComparison.Ordinal)).ToList())
        {
            roles = await band.PressAsync(remove.Id);
        }

        await band.PressAsync("prj:add");
        await band.PressAsync((await band.SayAsync("Tanz")).Buttons.First(b => b.Id.StartsWith("prj:pick:", StringComparison.Ordinal)).Id);
        var proposal = await band.PressAsync("prj:team");
        Assert.Contains("niemand gefunden", proposal.AllText, StringComparison.Ordinal);
        Assert.Contains("Team aus einer Person", proposal.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(proposal.Buttons, b => b.Id.StartsWith("prj:invite:", StringComparison.Ordinal));
        var project = Assert.Single(await host.Get<IProjectStore>().AllAsync(CancellationToken.None));
        Assert.Contains("Team aus einer Person", (await band.PressAsync($"prj:invite:{project.Id}")).AllText, StringComparison.Ordinal);

        Assert.Contains("jede Woche", (await band.PressAsync(proposal.Button("prj:keep:").Id)).AllText, StringComparison.Ordinal);
        await IntroductionFlowTests.InterviewAsync(host.Visitor("tara"), "Tara", "Ich bin Tänzerin und Choreografin", "Ich suche Musikvideos zum Tanzen", "Göttingen");
        await host.Get<ProjectSweeper>().SweepAsync(CancellationToken.None);
        Assert.DoesNotContain("Tara", (await band.InboxAsync()).AllText, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(7));
        await host.Get<ProjectSweeper>().SweepAsync(CancellationToken.None);
        await host.Get<ProjectSweeper>().SweepAsync(CancellationToken.None);
        var found = await band.InboxAsync();
        Assert.Single(found.Replies, r => r.Text.Contains("gefunden: Tara", StringComparison.Ordinal));
        Assert.Contains(found.Buttons, b => b.Id.StartsWith("prj:invite:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitiatorDeletesThemselfMidWay_InviteesTold_LateAnswerIsOutdated_NothingOfThemLeft()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await ProjectFlowTests.CommunityAsync(host);
        await ProjectFlowTests.DescribeMusicVideoAsync(band);
        var proposal = await band.PressAsync("prj:team");
        await band.PressAsync(proposal.Button("prj:invite:").Id);
        var kaiInvite = await host.Visitor("kai").InboxAsync();
        var edaInvite = await host.Visitor("eda").InboxAsync();
        await host.Visitor("kai").PressAsync(kaiInvite.Button("prj:yes:").Id);

        var confirm = await band.SayAsync("/delete");
        await band.PressAsync(confirm.Button("delete:confirm").Id);

        Assert.Empty(await host.Get<IProjectStore>().AllAsync(CancellationToken.None));
        Assert.Contains("Musikvideo Sommerregen“ hat CultureHub verlassen", (await host.Visitor("kai").InboxAsync()).AllText, StringComparison.Ordinal);
        Assert.Contains("Musikvideo Sommerregen“ hat CultureHub verlassen", (await host.Visitor("eda").InboxAsync()).AllText, StringComparison.Ordinal);
        Assert.Contains("nicht mehr offen", (await host.Visitor("eda").PressAsync(edaInvite.Button("prj:yes:").Id)).AllText, StringComparison.Ordinal);
        Assert.Contains("keine Projekte", (await host.Visitor("kai").SayAsync("/projects")).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamMemberDeletesThemself_OthersToldWithoutTheirName_ExportListsProject()
    {
        await using var host = await StartAsync();
        var band = host.Visitor("band");
        await ProjectFlowTests.CommunityAsync(host);
        await ProjectFlowTests.DescribeMusicVideoAsync(band);
        var proposal = await band.PressAsync("prj:team");
        await band.PressAsync(proposal.Button("prj:invite:").Id);
        await host.Visitor("kai").PressAsync((await host.Visitor("kai").InboxAsync()).Button("prj:yes:").Id);
        await host.Visitor("eda").PressAsync((await host.Visitor("eda").InboxAsync()).Button("prj:yes:").Id);
        await band.InboxAsync();
        await host.Visitor("kai").InboxAsync();
        await host.Visitor("eda").InboxAsync();
        var kai = await host.Get<CultureHub.Core.Members.IMemberStore>().FindByIdentityAsync(host.IdentityOf(host.Visitor("kai")), CancellationToken.None);

        var export = await host.Visitor("kai").SayAsync("/export");
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(export.Replies.First(r => r.Attachment is not null).Attachment!.Base64));
        Assert.Contains("\"projects\"", json, StringComparison.Ordinal);
        Assert.Contains("Musikvideo Sommerregen", json, StringComparison.Ordinal);

        var confirm = await host.Visitor("kai").SayAsync("/delete");
        await host.Visitor("kai").PressAsync(confirm.Button("delete:confirm").Id);

        var told = (await band.InboxAsync()).AllText + (await host.Visitor("eda").InboxAsync()).AllText;
        Assert.Contains("Rolle Kamera hat CultureHub verlassen", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Kai", told, StringComparison.Ordinal);
        var project = Assert.Single(await host.Get<IProjectStore>().AllAsync(CancellationToken.None));
        Assert.DoesNotContain(kai!.Id, project.MemberIds);
        Assert.Equal(2, project.TeamIds.Count);
        Assert.Contains("an Eda weitergeleitet", (await band.SayAsync("Schade!")).AllText, StringComparison.Ordinal);
    }

    private Task<RunningHost> StartAsync() => RunningHost.StartOnClockAsync(_folder.File("projects-bad.db"), _clock);

    public void Dispose() => _folder.Dispose();
}
