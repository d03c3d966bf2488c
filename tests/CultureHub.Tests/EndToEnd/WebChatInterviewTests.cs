using System.Text;
using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary>The real host on a free port, talked to through POST /api/chat, restarted mid-interview.</summary>
public sealed class WebChatInterviewTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("culturehub.db");

    [Fact]
    public async Task Interview_German_SurvivesRestart_ThenExportAndDeleteLeaveNothing()
    {
        ApiResponse reply;
        ChatApiClient annaBeforeRestart;
        await using (var host = await RunningHost.StartAsync(DatabasePath))
        {
            var anna = annaBeforeRestart = host.Visitor("anna-1");
            reply = await anna.SayAsync("Hallo, ich bin neu hier");
            Assert.Contains("Datenschutz", reply.AllText, StringComparison.Ordinal);
            reply = await anna.PressAsync(reply.Button("consent:yes:de").Id);
            Assert.Contains("Wie sollen wir dich nennen", reply.AllText, StringComparison.Ordinal);
            await anna.SayAsync("Anna Quirinstein");
            reply = await anna.SayAsync("Ich bin Fotografin und mache Bandfotos und Plattencover");
            Assert.Contains("was oder wen suchst du", reply.AllText, StringComparison.Ordinal);
        }

        string annasId;
        await using (var host = await RunningHost.StartAsync(DatabasePath))
        {
            var anna = host.Visitor(annaBeforeRestart);
            annasId = host.IdentityOf(anna).UserId;
            reply = await anna.SayAsync("Eine Band, die Promo-Fotos braucht");
            Assert.Contains("Wo lebst", reply.AllText, StringComparison.Ordinal);
            reply = await anna.SayAsync("Osnabrueck");
            reply = await anna.PressAsync(reply.Button("iv:sector:art").Id);
            reply = await anna.PressAsync("iv:sectors:done");
            reply = await anna.PressAsync("iv:skip");
            Assert.Contains("Anna Quirinstein", reply.AllText, StringComparison.Ordinal);
            Assert.Contains("Osnabrück", reply.AllText, StringComparison.Ordinal);
            reply = await anna.PressAsync("iv:confirm");
            Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);

            reply = await anna.SayAsync("/profile");
            Assert.Contains("Plattencover", reply.AllText, StringComparison.Ordinal);

            reply = await anna.SayAsync("/export");
            var export = Encoding.UTF8.GetString(Convert.FromBase64String(reply.Replies[0].Attachment!.Base64));
            using var json = JsonDocument.Parse(export);
            Assert.Equal("Anna Quirinstein", json.RootElement.GetProperty("profile").GetProperty("displayName").GetString());

            reply = await anna.SayAsync("/delete");
            reply = await anna.PressAsync(reply.Button("delete:confirm").Id);
            Assert.Contains("gelöscht", reply.AllText, StringComparison.Ordinal);
            Assert.Equal(0, await host.Get<IMemberStore>().CountAsync(CancellationToken.None));
            reply = await anna.SayAsync("/profile");
            Assert.Contains("noch kein Profil", reply.AllText, StringComparison.Ordinal);
        }

        var file = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(DatabasePath));
        Assert.DoesNotContain("Quirinstein", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Plattencover", file, StringComparison.Ordinal);
        Assert.DoesNotContain(annasId, file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_English_DetectedFromFirstMessage()
    {
        await using var host = await RunningHost.StartAsync(DatabasePath);
        var sam = host.Visitor("sam-1");

        var reply = await sam.SayAsync("Hi there, I am looking for a band");
        Assert.Contains("Privacy in short", reply.AllText, StringComparison.Ordinal);
        reply = await sam.PressAsync(reply.Button("consent:yes:en").Id);
        await sam.SayAsync("Sam");
        await sam.SayAsync("I play drums and teach drum lessons");
        await sam.SayAsync("a band that rehearses near Oldenburg");
        reply = await sam.SayAsync("Oldenburg");
        Assert.Contains("Which sectors", reply.AllText, StringComparison.Ordinal);
        await sam.SayAsync("music");
        reply = await sam.SayAsync("skip");
        Assert.Contains("Does everything look right", reply.AllText, StringComparison.Ordinal);
        reply = await sam.PressAsync("iv:confirm");
        Assert.Contains("Saved!", reply.AllText, StringComparison.Ordinal);

        var member = await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(sam), CancellationToken.None);
        Assert.NotNull(member);
        Assert.Equal(Language.En, member.Language);
        Assert.Equal("Oldenburg", member.Town?.Place?.Name);
        Assert.Equal([Sector.Music], member.Sectors);
    }

    [Fact]
    public async Task Healthz_Answers()
    {
        await using var host = await RunningHost.StartAsync(DatabasePath);

        var response = await host.Http.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("ok", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_NoPlatformConfigured_ReportsOnlyTheStoreAndIsReady()
    {
        await using var host = await RunningHost.StartAsync(DatabasePath);

        using var response = await host.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal(["store"], checks.EnumerateObject().Select(c => c.Name));
        Assert.Equal("open", checks.GetProperty("store").GetProperty("state").GetString());
    }

    public void Dispose() => _folder.Dispose();
}
