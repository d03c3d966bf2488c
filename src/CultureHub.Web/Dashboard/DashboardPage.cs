using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;
using CultureHub.Core.Texts;

namespace CultureHub.Web.Dashboard;

/// <summary>What a page needs besides the figures: language, the signed-in user, the query to keep.</summary>
public sealed record PageContext(string Language, DashboardUser User, string Query, string AntiforgeryField, string AntiforgeryToken);

/// <summary>Server-rendered HTML of the dashboard and the sign-in forms, and the shared layout; no external assets.</summary>
public sealed class DashboardPage(DashboardTexts texts, TableSections sections)
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
        foreach (var table in report.Tables)
        {
            body.Append(sections.Section(table, page, "/dashboard/export"));
        }

        body.Append("<section id=\"hubs\"><ul>");
        foreach (var hub in hubIds)
        {
            var name = texts.Row(page.Language, hub);
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/dashboard/report?hub={E(hub)}&amp;lang={page.Language}\">{E(T(page, TextKeys.DashboardNavHubReport, name))}</a>");
            if (page.User.CanSeeHub(hub))
            {
                body.Append(CultureInfo.InvariantCulture, $" · <a href=\"/dashboard/hubs/{E(hub)}{page.Query}\">{E(T(page, TextKeys.DashboardHubDetail, name))}</a>");
            }

            body.Append("</li>");
        }

        body.Append("</ul></section>");
        return Layout(T(page, TextKeys.DashboardPageTitle), report.Period, report.CreatedAt, page, body.ToString(), isReport: false);
    }

    public string SignIn(string language, string title, string formAction, string fields, string antiforgeryField, string antiforgeryToken, string? error, string? script = null) => $$"""
        <!DOCTYPE html><html lang="{{language}}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(title)}}</title><style>{{Css.Value}}</style></head>
        <body><h1>{{E(title)}}</h1>{{(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}}
        <form method="post" action="{{formAction}}"><input type="hidden" name="{{E(antiforgeryField)}}" value="{{E(antiforgeryToken)}}">{{fields}}</form>
        {{script}}</body></html>
        """;

    /// <summary>The page frame: header, navigation (or a print button on reports), period and privacy note.</summary>
    public string Layout(string title, InsightsPeriod period, DateTimeOffset createdAt, PageContext page, string body, bool isReport)
    {
        var to = period.LastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? T(page, TextKeys.DashboardPeriodOpen);
        var from = period.FirstMonth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? T(page, TextKeys.DashboardPeriodOpen);
        var other = page.Language == "en" ? "de" : "en";
        var nav = isReport
            ? $"<nav><button type=\"button\" onclick=\"window.print()\">{E(T(page, TextKeys.DashboardNavPrint))}</button><a href=\"?{QueryWithLanguage(page.Query, other)}\">{other.ToUpperInvariant()}</a><a href=\"/dashboard?lang={page.Language}\">{E(T(page, TextKeys.DashboardNavDashboard))}</a></nav>"
            : $"""
              <nav><a href="?{QueryWithLanguage(page.Query, other)}">{other.ToUpperInvariant()}</a><a href="/dashboard/report?lang={page.Language}">{E(T(page, TextKeys.DashboardNavReport))}</a>
              <span>{E(T(page, TextKeys.DashboardSignedInAs, page.User.Name))}</span>
              <form class="inline" method="post" action="/dashboard/logout"><input type="hidden" name="{E(page.AntiforgeryField)}" value="{E(page.AntiforgeryToken)}"><button>{E(T(page, TextKeys.DashboardNavLogout))}</button></form></nav>
              """;
        return $$"""
            <!DOCTYPE html><html lang="{{page.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}}</title><style>{{Css.Value}}</style></head><body>
            <header><h1>{{E(title)}}</h1>{{nav}}</header>
            <p class="note">{{E(T(page, TextKeys.DashboardPeriod, from, to))}} · {{E(T(page, TextKeys.DashboardGenerated, createdAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))}}</p>
            <p class="note">{{E(T(page, TextKeys.DashboardPrivacyNote))}}</p>
            {{body}}
            </body></html>
            """;
    }

    private string Filters(InsightsPeriod period, PageContext page) => $"""
        <form class="filters" method="get" action="/dashboard"><input type="hidden" name="lang" value="{page.Language}">
        <label>{E(T(page, TextKeys.DashboardFilterFrom))} <input type="month" name="from" value="{period.FirstMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"></label>
        <label>{E(T(page, TextKeys.DashboardFilterTo))} <input type="month" name="to" value="{period.LastDay?.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"></label>
        <button>{E(T(page, TextKeys.DashboardFilterApply))}</button> <a href="/dashboard?lang={page.Language}">{E(T(page, TextKeys.DashboardFilterAll))}</a>
        <p class="note">{E(T(page, TextKeys.DashboardFilterNote))}</p></form>
        """;

    private static string QueryWithLanguage(string query, string language) =>
        string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("lang=", StringComparison.Ordinal)).Append("lang=" + language));

    private string T(PageContext page, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(page.Language, key) : texts.Format(page.Language, key, arguments);

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
