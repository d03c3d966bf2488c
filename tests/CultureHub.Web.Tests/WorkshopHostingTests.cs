using System.Net;
using System.Text;
using CultureHub.Core.Insights;
using CultureHub.Core.Matching;

namespace CultureHub.Web.Tests;

/// <summary>"Würdest du dazu einen Workshop geben?" asked in chat, stored, listed for hub staff, invited once.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WorkshopHostingTests(DashboardFixture fixture)
{
    [Fact]
    public async Task WillingMember_IsSuggestedToHubStaff_InvitedOnce_AndInTheirExport()
    {
        var topic = await SoughtInHannoverAsync();
        var label = fixture.Host.Get<ProfileReader>().Taxonomy[topic].Label.De;
        var visitor = fixture.Host.Visitor("willing-host");

        var saved = await visitor.CompleteInterviewAsync("Wiebke", $"Ich mache {label}, seit vielen Jahren.", "Ich suche Austausch.", "Hannover");
        var answer = await visitor.PressAsync(saved.Button("host:yes").Id);
        var suggestions = await fixture.Host.Get<WorkshopSuggestions>().ForHubAsync("hannover", CancellationToken.None);
        using var staff = fixture.NewClient();
        await DashboardFixture.SignInAsync(staff, "hannover-team", DashboardFixture.Password);
        var page = await staff.GetStringAsync(new Uri("/dashboard/hubs/hannover", UriKind.Relative));
        using var first = await InviteAsync(staff, topic);
        var inbox = await visitor.InboxAsync();
        using var second = await InviteAsync(staff, topic);
        var export = await visitor.SayAsync("/export");

        Assert.Contains("Würdest du dazu einen Workshop geben?", saved.AllText, StringComparison.Ordinal);
        Assert.Contains("/teach off", answer.AllText, StringComparison.Ordinal);
        Assert.Equal("< 5", suggestions.Cell(topic, "willing")!.Display);
        Assert.Contains($"value=\"{topic}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith("invited=%3C%205", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Hub Hannover", inbox.AllText, StringComparison.Ordinal);
        Assert.Equal("host:propose", inbox.Button("host:propose").Id);
        Assert.EndsWith("invited=0", second.Headers.Location!.ToString(), StringComparison.Ordinal);
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(export.Replies.First(r => r.Attachment is not null).Attachment!.Base64));
        Assert.Contains("\"isWilling\": true", json, StringComparison.Ordinal);
        Assert.Contains($"hannover:{topic}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_NamesOnlyTheOffersTheCardShowed_NotMentionedClients()
    {
        var visitor = fixture.Host.Visitor("photographer-host");

        var saved = await visitor.CompleteInterviewAsync("Jana", "Ich fotografiere Bands in kleinen Clubs und mache Pressefotos", "Ich suche eine Website", "Vechta");

        var question = saved.Replies.Single(r => r.Text.Contains("Würdest du dazu einen Workshop geben?", StringComparison.Ordinal)).Text;
        Assert.Contains("Fotografie", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Band", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Spielort", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_OtherHubsStaff_AreRefused()
    {
        using var staff = fixture.NewClient();
        await DashboardFixture.SignInAsync(staff, "hannover-team", DashboardFixture.Password);
        var token = await DashboardFixture.AntiforgeryTokenAsync(staff, "/dashboard/hubs/hannover");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["topic"] = "guitar" });

        using var response = await staff.PostAsync(new Uri("/dashboard/hubs/oldenburg/invite", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A competence (not a bare need) that members in Hannover's hub region seek.</summary>
    private async Task<string> SoughtInHannoverAsync()
    {
        var taxonomy = fixture.Host.Get<ProfileReader>().Taxonomy;
        var needs = (await fixture.Host.Get<InsightsService>().BuildAsync(InsightsPeriod.All, CancellationToken.None)).Table("needs")!;
        return NeedsInsights.ForRegion(needs, "hannover").Rows.Where(r => r.Cells[1].Number != 0).Select(r => r.Key)
            .First(id => taxonomy[id].Kind == EntryKind.Competence && taxonomy[id].Label.De.Length > 3);
    }

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient staff, string topic)
    {
        var token = await DashboardFixture.AntiforgeryTokenAsync(staff, "/dashboard/hubs/hannover");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["topic"] = topic });
        return await staff.PostAsync(new Uri("/dashboard/hubs/hannover/invite", UriKind.Relative), form);
    }
}
