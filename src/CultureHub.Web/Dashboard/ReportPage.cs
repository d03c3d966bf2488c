using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;
using CultureHub.Core.Texts;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// The printable report of one evaluation period, for the whole state or one hub's region, with every
/// figure next to the previous period's. Its tables are the ones its CSV/JSON exports serve.
/// </summary>
public sealed class ReportPage(DashboardPage layout, TableSections sections, DashboardTexts texts)
{
    public string Render(PeriodComparison comparison, IReadOnlyList<FigureTable> tables, string? hubId, PageContext page)
    {
        var period = comparison.Current.Period;
        var body = new StringBuilder();
        var scope = hubId is null ? texts.Get(page.Language, TextKeys.DashboardReportState) : texts.Row(page.Language, hubId);
        body.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(texts.Get(page.Language, TextKeys.DashboardReportScope))}: {E(scope)}</strong> · ");
        body.Append(E(comparison.Previous is { } previous
            ? texts.Format(page.Language, TextKeys.DashboardReportPeriod, period.Name(), previous.Period.Name())
            : texts.Format(page.Language, TextKeys.DashboardReportNoPrevious, period.Name())));
        body.Append("</p>");
        if (hubId is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(texts.Get(page.Language, TextKeys.DashboardReportHubOnly))}</p>");
        }

        body.Append(Navigation(period, hubId, page));
        foreach (var table in tables)
        {
            body.Append(sections.Section(table, page, "/dashboard/report/export", hasChart: false));
        }

        return layout.Layout(texts.Get(page.Language, TextKeys.DashboardReportTitle), period, comparison.Current.CreatedAt, page, body.ToString(), isReport: true);
    }

    /// <summary>The query that names a report: its period's first day, the hub, the language.</summary>
    public static string Query(InsightsPeriod period, string? hubId, string language) =>
        $"?period={period.FirstMonth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(hubId is null ? string.Empty : "&hub=" + Uri.EscapeDataString(hubId))}&lang={language}";

    private string Navigation(InsightsPeriod period, string? hubId, PageContext page)
    {
        var earlier = period.Previous();
        var later = period.FirstMonth is { } first && period.Months is { } months ? InsightsPeriod.Evaluation(first.AddMonths(months), months) : null;
        var html = new StringBuilder("<p class=\"period-nav no-print\">");
        if (earlier is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/dashboard/report{E(Query(earlier, hubId, page.Language))}\">{E(texts.Get(page.Language, TextKeys.DashboardReportEarlier))}</a>");
        }

        if (later is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/dashboard/report{E(Query(later, hubId, page.Language))}\">{E(texts.Get(page.Language, TextKeys.DashboardReportLater))}</a>");
        }

        return html.Append("</p>").ToString();
    }

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
