using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>One table as a page section: title, note, chart, the table itself and its export links.</summary>
public sealed class TableSections(DashboardTexts texts, NiedersachsenMap map, IOptions<InsightsOptions> options)
{
    /// <param name="exportBase">Where the table's CSV/JSON live (<c>/dashboard/export</c>), or null for none (print).</param>
    public string Section(FigureTable table, PageContext page, string? exportBase, bool hasChart = true, string? extra = null)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<section id=\"{E(table.Id)}\"><h2>{E(Title(table, page))}</h2>");
        html.Append(Headline(table, page)).Append(Note(table, page));
        if (table.Rows.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(T(page, TextKeys.DashboardEmpty))}</p>{extra}</section>").ToString();
        }

        if (hasChart)
        {
            html.Append(Chart(table, page));
        }

        html.Append(Table(table, page)).Append(extra);
        if (exportBase is not null)
        {
            var semicolon = (page.Query.Length == 0 ? "?" : page.Query + "&") + "separator=semicolon";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"exports\">{E(T(page, TextKeys.DashboardExport))}: <a href=\"{exportBase}/{E(table.Id)}.csv{page.Query}\" download>CSV</a><a href=\"{exportBase}/{E(table.Id)}.csv{E(semicolon)}\" download>{E(T(page, TextKeys.DashboardExportSemicolon))}</a><a href=\"{exportBase}/{E(table.Id)}.json{page.Query}\">JSON</a></p>");
        }

        return html.Append("</section>").ToString();
    }

    public string Table(FigureTable table, PageContext page, Func<FigureRow, string>? lastCell = null)
    {
        var html = new StringBuilder("<table><thead><tr><th></th>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(ColumnTitle(column, page))}</th>");
        }

        html.Append(lastCell is null ? "</tr></thead><tbody>" : "<th></th></tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(texts.Row(page.Language, row.Key))}</td>");
            foreach (var cell in row.Cells)
            {
                var shown = cell.Kind == CellKind.Text && cell.Text is { Length: > 0 } text ? texts.Row(page.Language, text) : cell.Display;
                html.Append(cell.IsSuppressed ? "<td class=\"suppressed\">" : "<td>").Append(E(shown)).Append("</td>");
            }

            html.Append(lastCell is null ? string.Empty : $"<td>{lastCell(row)}</td>").Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private string Title(FigureTable table, PageContext page) =>
        table.Id.StartsWith("workshops_hub_", StringComparison.Ordinal) ? T(page, TextKeys.DashboardTableWorkshopsHub)
        : table.Id.StartsWith("workshop_suggestions_", StringComparison.Ordinal) ? T(page, TextKeys.DashboardTableWorkshopSuggestions)
        : texts.Named(page.Language, DashboardTexts.TablePrefix, table.Id);

    private string ColumnTitle(string column, PageContext page) =>
        column.EndsWith(PeriodTables.PreviousSuffix, StringComparison.Ordinal)
            ? texts.Format(page.Language, TextKeys.DashboardColPrevious, texts.Named(page.Language, DashboardTexts.ColumnPrefix, column[..^PeriodTables.PreviousSuffix.Length]))
            : texts.Named(page.Language, DashboardTexts.ColumnPrefix, column);

    private string Chart(FigureTable table, PageContext page)
    {
        List<(string, FigureCell)> Bars(IEnumerable<FigureRow> rows, int column) => rows.Select(r => (texts.Row(page.Language, r.Key), r.Cells[column])).ToList();
        return table.Id switch
        {
            "members_by_month" => SvgCharts.Columns(table.Id, table.Rows.Select(r => (r.Key, r.Cells[table.ColumnIndex("cumulative")])).ToList()),
            "reach_by_district" => $"<figure>{SvgMap.Districts(map, table, key => texts.Row(page.Language, key))}<figcaption class=\"note\">{E(T(page, TextKeys.DashboardMapLegend))}</figcaption></figure>",
            NeedsInsights.TableId => SvgCharts.HorizontalBars(table.Id, Bars(NeedsInsights.ForRegion(table, NeedsInsights.StateWide).Rows.Take(15), table.ColumnIndex("unmet"))),
            "introductions_by_sector_pair" or OutcomeInsights.TableId => SvgCharts.HorizontalBars(table.Id, Bars(table.Rows.Take(15), 0)),
            "workshops_by_hub" => SvgCharts.HorizontalBars(table.Id, Bars(table.Rows, 1)),
            _ when table.Rows[0].Cells[0].Kind == CellKind.Count => SvgCharts.HorizontalBars(table.Id, Bars(table.Rows, 0)),
            _ => string.Empty,
        };
    }

    private string Note(FigureTable table, PageContext page) => table.Id switch
    {
        NeedsInsights.TableId => P(texts.Format(page.Language, TextKeys.DashboardNoteNeeds, options.Value.InPersonReachKm)),
        "reach_by_district" => P(T(page, TextKeys.DashboardNoteReach)),
        OutcomeInsights.TableId => P(T(page, TextKeys.DashboardNoteWhatWorked)),
        ProjectInsights.TableId => P(T(page, TextKeys.DashboardNoteProjects)),
        _ when table.Id.StartsWith("workshop_suggestions_", StringComparison.Ordinal) => P(T(page, TextKeys.DashboardNoteSuggestions)),
        _ => string.Empty,
    };

    private string Headline(FigureTable table, PageContext page)
    {
        var culture = CultureInfo.GetCultureInfo(page.Language);
        return table.Id switch
        {
            "urban_rural" when table.Cell("rural", "percent_of_located") is { Number: { } rural } =>
                $"<p><strong>{E(T(page, TextKeys.DashboardRuralReach, rural.ToString("0.0", culture)))}</strong></p>",
            "reach_by_district" when table.Cell(MemberGeography.Niedersachsen, "per_100k") is { Number: { } rate } =>
                $"<p><strong>{E(T(page, TextKeys.DashboardReachHeadline, rate.ToString("0.0", culture)))}</strong></p>",
            "introductions_cross_sector" when table.Cell("cross_sector", "percent_of_proposed") is { Number: { } cross } =>
                $"<p><strong>{E(T(page, TextKeys.DashboardCrossShare, cross.ToString("0.0", culture)))}</strong></p>",
            _ => string.Empty,
        };
    }

    private static string P(string text) => $"<p class=\"note\">{E(text)}</p>";

    private string T(PageContext page, string key, params object?[] arguments) =>
        arguments.Length == 0 ? texts.Get(page.Language, key) : texts.Format(page.Language, key, arguments);

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
