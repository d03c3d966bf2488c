using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;
using CultureHub.Core.Texts;

namespace CultureHub.Web.Dashboard;

/// <summary>A hub's staff page: its workshops one by one, and workshop ideas with a button to invite willing members.</summary>
public sealed class HubPage(DashboardPage layout, TableSections sections, DashboardTexts texts)
{
    public string Render(string hubId, FigureTable workshops, FigureTable suggestions, InsightsPeriod period, DateTimeOffset createdAt, PageContext page, string? notice)
    {
        var name = texts.Row(page.Language, hubId);
        var body = new StringBuilder();
        if (notice is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{E(notice)}</p>");
        }

        body.Append(sections.Section(workshops, page, "/dashboard/export", hasChart: false));
        var invite = sections.Table(suggestions, page, row => $"""
            <form class="invite" method="post" action="/dashboard/hubs/{E(hubId)}/invite?lang={page.Language}"><input type="hidden" name="{E(page.AntiforgeryField)}" value="{E(page.AntiforgeryToken)}"><input type="hidden" name="topic" value="{E(row.Key)}"><button>{E(texts.Get(page.Language, TextKeys.DashboardInviteButton))}</button></form>
            """);
        var table = suggestions.Rows.Count == 0 ? $"<p>{E(texts.Get(page.Language, TextKeys.DashboardEmpty))}</p>" : invite;
        body.Append(CultureInfo.InvariantCulture, $"<section id=\"{E(suggestions.Id)}\" class=\"suggestions\"><h2>{E(texts.Get(page.Language, TextKeys.DashboardTableWorkshopSuggestions))}</h2><p class=\"note\">{E(texts.Get(page.Language, TextKeys.DashboardNoteSuggestions))}</p>{table}</section>");
        return layout.Layout(texts.Format(page.Language, TextKeys.DashboardHubDetail, name), period, createdAt, page, body.ToString(), isReport: false);
    }

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
