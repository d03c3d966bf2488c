using System.Text;
using System.Text.Json;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary>"Das habe ich verstanden" through POST /api/chat: the card's labels, corrections, /profile, /edit, /export, /delete.</summary>
public sealed class WebChatLabelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Labels_UnderstoodAnswers_CostNoExtraTurnAndTheCardCarriesRemoveButtons()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("labels.db"));
        var jana = host.Visitor("jana-1");
        var reply = await jana.SayAsync("/start");
        await jana.PressAsync(reply.Button("consent:yes:de").Id);
        await jana.SayAsync("Jana");

        reply = await jana.SayAsync("Ich bin Tontechnikerin und mache mobile Aufnahmen");
        var question = Assert.Single(reply.Replies);
        Assert.Contains("Du bietest: Live-Sound", question.Text, StringComparison.Ordinal);
        Assert.Contains("was oder wen suchst du", question.Text, StringComparison.Ordinal);
        reply = await jana.SayAsync("eine Band für Tour-Sound und jemanden für Grafikdesign");
        Assert.Single(reply.Replies);
        Assert.Contains("Du suchst:", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Grafikdesign", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Wo lebst", reply.AllText, StringComparison.Ordinal);
        await jana.SayAsync("Vechta");
        await jana.PressAsync("iv:sectors:done");
        var card = await jana.PressAsync("iv:skip");

        Assert.Contains("Das habe ich verstanden", card.AllText, StringComparison.Ordinal);
        Assert.Equal("iv:confirm", card.Button("iv:confirm").Id);
        Assert.Equal("✕ ✨ Live-Sound", card.Button("lbl:rm:o:live_sound").Label);
        Assert.Equal("✕ 🔎 Grafikdesign", card.Button("lbl:rm:s:graphic_design").Label);
        Assert.Equal("✨ Etwas fehlt im Angebot", card.Button("lbl:add:o").Label);
        reply = await jana.PressAsync("iv:confirm");
        Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);

        var member = await MemberAsync(host, jana);
        Assert.All(member.OfferTags.Where(t => t.Confidence >= 0.5), t => Assert.True(t.IsConfirmed));
        Assert.Contains(Sector.Music, member.Sectors);
    }

    [Fact]
    public async Task Labels_RemovedAndAdded_StayAcrossEditExportAndGoWithDelete()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("labels.db"));
        var ole = host.Visitor("ole-1");
        await ole.CompleteInterviewAsync("Ole", "Wir spielen Gitarre, Bass, Drums", "Auftritte in Clubs", "Oldenburg");

        var profile = await ole.SayAsync("/profile");
        Assert.Contains("Du bietest:", profile.AllText, StringComparison.Ordinal);
        Assert.Contains("Bass", profile.AllText, StringComparison.Ordinal);
        Assert.Equal("✕ ✨ Bass", profile.Button("lbl:rm:o:bass").Label);
        Assert.Contains("Musik", profile.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Games", profile.AllText, StringComparison.Ordinal);

        var removed = await ole.PressAsync("lbl:rm:o:bass");
        Assert.Contains("Entfernt: Bass", removed.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(removed.Buttons, b => b.Id == "lbl:rm:o:bass");
        var twice = await ole.PressAsync("lbl:rm:o:bass");
        Assert.Contains("schon entfernt", twice.AllText, StringComparison.Ordinal);

        await ole.PressAsync("lbl:add:s");
        var choice = await ole.SayAsync("Proberaum");
        await ole.PressAsync(choice.Button("lbl:pick:s:rehearsal_room").Id);
        await ole.PressAsync("iv:confirm");

        // /edit with new words that name the bass again: it stays removed, the added room stays.
        var card = await ole.SayAsync("/edit");
        Assert.DoesNotContain(card.Buttons, b => b.Id == "lbl:rm:o:bass");
        await ole.PressAsync("iv:edit:offers");
        card = await ole.SayAsync("Wir spielen Bass und Schlagzeug");
        Assert.DoesNotContain(card.Buttons, b => b.Id == "lbl:rm:o:bass");
        Assert.Contains(card.Buttons, b => b.Id == "lbl:rm:o:drums");
        await ole.PressAsync("iv:confirm");
        var member = await MemberAsync(host, ole);
        Assert.Equal("Wir spielen Bass und Schlagzeug", member.Offers);
        Assert.DoesNotContain(member.OfferTags, t => t.CompetenceId == "bass");
        Assert.Contains(member.SeekTags, t => t.CompetenceId == "rehearsal_room" && t.IsConfirmed);

        var export = await ole.SayAsync("/export");
        using (var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(export.Replies[0].Attachment!.Base64))))
        {
            var corrections = json.RootElement.GetProperty("profile").GetProperty("corrections");
            Assert.Equal("bass", corrections.GetProperty("removedOffers")[0].GetString());
            Assert.Equal("rehearsal_room", corrections.GetProperty("addedSeeks")[0].GetString());
        }

        var delete = await ole.SayAsync("/delete");
        await ole.PressAsync(delete.Button("delete:confirm").Id);
        Assert.Equal(0, await host.Get<IMemberStore>().CountAsync(CancellationToken.None));
        var stale = await ole.PressAsync("lbl:rm:o:drums");
        Assert.Contains("nicht mehr offen", stale.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<Member> MemberAsync(RunningHost host, ChatApiClient visitor) =>
        (await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(visitor), CancellationToken.None))!;
}
