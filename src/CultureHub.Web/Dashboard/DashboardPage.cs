using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;

namespace CultureHub.Web.Dashboard;

/// <summary>What a page needs besides the figures: language, the signed-in user, the query to keep.</summary>
public sealed record PageContext(string Language, DashboardUser User, string Query, string AntiforgeryField, string AntiforgeryToken);

/// <summary>Server-rendered HTML of the dashboard, the funder's report and a hub's detail; no external assets.</summary>
public sealed class DashboardPage(DashboardTexts texts, NiedersachsenMap map)
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CultureHub.Web.Resources.dashboard.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public string Dashboard(InsightsReport report, IReadOnlyList<string> hubIds, PageContext page)
    {
        var body = new StringBuilder();
        body.Append(Filters(report.Period, page));
        body.Append(Sections(report, page, isReport: false));
        var visible = hubIds.Where(page.User.CanSeeHub).ToList();
        if (visible.Count > 0)
        {
            body.Append("<section><ul>");
            foreach (var hub in visible)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/dashboard/hubs/{E(hub)}{page.Query}\">{E(T(page, "hub.detail", hub))}</a></li>");
            }

            body.Append("</ul></section>");
        }

        return Layout(T(page, "page.title"), report, page, body.ToString(), isReport: false);
    }

    public string Report(InsightsReport report, PageContext page) =>
        Layout(T(page, "report.title"), report, page, Sections(report, page, isReport: true), isReport: true);

    public string HubDetail(FigureTable table, string hubId, InsightsReport report, PageContext page) =>
        Layout(T(page, "hub.detail", hubId), report, page, Section(table, T(page, "table.workshops_hub"), page, chart: null, isReport: false), isReport: false);

    public string SignIn(string language, string title, string formAction, string fields, string antiforgeryField, string antiforgeryToken, string? error, string? script = null) => $$"""
        <!DOCTYPE html><html lang="{{language}}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(title)}}</title><style>{{Css.Value}}</style></head>
        <body><h1>{{E(title)}}</h1>{{(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}}
        <form method="post" action="{{formAction}}"><input type="hidden" name="{{E(antiforgeryField)}}" value="{{E(antiforgeryToken)}}">{{fields}}</form>
        {{script}}</body></html>
        """;

    private string Layout(string title, InsightsReport report, PageContext page, string body, bool isReport)
    {
        var to = report.Period.To?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? T(page, "period.open");
        var from = report.Period.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? T(page, "period.open");
        var other = page.Language == "en" ? "de" : "en";
        var nav = isReport
            ? $"<nav><button type=\"button\" onclick=\"window.print()\">{E(T(page, "nav.print"))}</button><a href=\"/dashboard{page.Query}\">{E(T(page, "nav.dashboard"))}</a></nav>"
            : $"""
              <nav><a href="?{QueryWithLanguage(page.Query, other)}">{other.ToUpperInvariant()}</a><a href="/dashboard/report{page.Query}">{E(T(page, "nav.report"))}</a>
              <span>{E(T(page, "signed_in_as", page.User.Name))}</span>
              <form class="inline" method="post" action="/dashboard/logout"><input type="hidden" name="{E(page.AntiforgeryField)}" value="{E(page.AntiforgeryToken)}"><button>{E(T(page, "nav.logout"))}</button></form></nav>
              """;
        return $$"""
            <!DOCTYPE html><html lang="{{page.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}}</title><style>{{Css.Value}}</style></head><body>
            <header><h1>{{E(title)}}</h1>{{nav}}</header>
            <p class="note">{{E(T(page, "period", from, to))}} · {{E(T(page, "generated", report.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))}}</p>
            <p class="note">{{E(T(page, "privacy.note"))}}</p>
            {{body}}
            </body></html>
            """;
    }

    private string Filters(InsightsPeriod period, PageContext page) => $"""
        <form class="filters" method="get" action="/dashboard"><input type="hidden" name="lang" value="{page.Language}">
        <label>{E(T(page, "filter.from"))} <input type="date" name="from" value="{period.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
        <label>{E(T(page, "filter.to"))} <input type="date" name="to" value="{period.To?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
        <button>{E(T(page, "filter.apply"))}</button> <a href="/dashboard?lang={page.Language}">{E(T(page, "filter.all"))}</a>
        <p class="note">{E(T(page, "filter.note"))}</p></form>
        """;

    private string Sections(InsightsReport report, PageContext page, bool isReport)
    {
        var html = new StringBuilder();
        foreach (var table in report.Tables)
        {
            html.Append(Section(table, T(page, "table." + table.Id), page, Chart(table, page), isReport));
            if (table.Id == "members_by_region")
            {
                html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(T(page, "map.title"))}</h2>{SvgCharts.RegionMap(map, table, key => texts.Row(page.Language, key))}</section>");
            }
        }

        return html.ToString();
    }

    private string Section(FigureTable table, string title, PageContext page, string? chart, bool isReport)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<section id=\"{E(table.Id)}\"><h2>{E(title)}</h2>");
        html.Append(Headline(table, page));
        if (table.Rows.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(T(page, "empty"))}</p></section>").ToString();
        }

        html.Append(chart).Append("<table><thead><tr><th></th>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(T(page, "col." + column))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(texts.Row(page.Language, row.Key))}</td>");
            foreach (var cell in row.Cells)
            {
                html.Append(cell.IsSuppressed ? "<td class=\"suppressed\">" : "<td>").Append(E(cell.Display)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (!isReport)
        {
            var query = page.Query.Length == 0 ? string.Empty : page.Query;
            var semicolon = (query.Length == 0 ? "?" : query + "&") + "separator=semicolon";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"exports\">{E(T(page, "export"))}: <a href=\"/dashboard/export/{E(table.Id)}.csv{query}\" download>CSV</a><a href=\"/dashboard/export/{E(table.Id)}.csv{E(semicolon)}\" download>{E(T(page, "export.semicolon"))}</a><a href=\"/dashboard/export/{E(table.Id)}.json{query}\">JSON</a></p>");
        }

        return html.Append("</section>").ToString();
    }

    private string? Chart(FigureTable table, PageContext page)
    {
        List<(string, FigureCell)> Bars(int column) => table.Rows.Select(r => (texts.Row(page.Language, r.Key), r.Cells[column])).ToList();
        return table.Rows.Count == 0 ? null : table.Id switch
        {
            "members_by_month" => SvgCharts.Columns(table.Id, table.Rows.Select(r => (r.Key, r.Cells[1])).ToList()),
            "introductions_by_sector_pair" => SvgCharts.HorizontalBars(table.Id, Bars(0).Take(15).ToList()),
            "workshops_by_hub" => SvgCharts.HorizontalBars(table.Id, Bars(1)),
            _ => SvgCharts.HorizontalBars(table.Id, Bars(0)),
        };
    }

    private string Headline(FigureTable table, PageContext page) => table.Id switch
    {
        "urban_rural" when table.Cell("rural", "percent_of_located") is { Number: { } rural } =>
            $"<p><strong>{E(T(page, "rural_reach", rural.ToString("0.0", CultureInfo.GetCultureInfo(page.Language))))}</strong></p>",
        "introductions_cross_sector" when table.Cell("cross_sector", "percent_of_proposed") is { Number: { } cross } =>
            $"<p><strong>{E(T(page, "cross_share", cross.ToString("0.0", CultureInfo.GetCultureInfo(page.Language))))}</strong></p>",
        _ => string.Empty,
    };

    private static string QueryWithLanguage(string query, string language) =>
        string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("lang=", StringComparison.Ordinal)).Append("lang=" + language));

    private string T(PageContext page, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(page.Language, key) : texts.Format(page.Language, key, arguments);

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
