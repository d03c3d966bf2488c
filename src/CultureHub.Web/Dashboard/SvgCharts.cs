using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Inline SVG charts drawn on the server: no scripts, fonts or files from elsewhere. A suppressed
/// value gets no bar at all, only the words "&lt; 5", so a chart never shows what a table hides.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int RowHeight = 22;
    private const int LabelWidth = 220;

    public static string HorizontalBars(string id, IReadOnlyList<(string Label, FigureCell Cell)> bars)
    {
        var max = Math.Max(1, bars.Max(b => b.Cell.Number ?? 0));
        var svg = Open(id, Width, (bars.Count * RowHeight) + 8);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, cell) = bars[i];
            var y = (i * RowHeight) + 4;
            var length = cell.Number is { } n ? Math.Max(n > 0 ? 2 : 0, n / max * (Width - LabelWidth - 60)) : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{Encode(Truncate(label))}</text>");
            if (!cell.IsSuppressed)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-value=\"{cell.Display}\" x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{length:0.#}\" height=\"{RowHeight - 6}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + 15}\" class=\"{(cell.IsSuppressed ? "suppressed" : "value")}\">{Encode(cell.Display)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Columns(string id, IReadOnlyList<(string Label, FigureCell Cell)> columns)
    {
        const int height = 220, bottom = 30;
        var max = Math.Max(1, columns.Max(c => c.Cell.Number ?? 0));
        var step = Math.Min(60.0, (Width - 40.0) / Math.Max(1, columns.Count));
        var svg = Open(id, Width, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"30\" y1=\"{height - bottom}\" x2=\"{Width}\" y2=\"{height - bottom}\" class=\"axis\"/>");
        for (var i = 0; i < columns.Count; i++)
        {
            var (label, cell) = columns[i];
            var x = 34 + (i * step);
            var barHeight = (cell.Number ?? 0) / max * (height - bottom - 24);
            if (!cell.IsSuppressed)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-value=\"{cell.Display}\" x=\"{x:0.#}\" y=\"{height - bottom - barHeight:0.#}\" width=\"{step * 0.7:0.#}\" height=\"{barHeight:0.#}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (step * 0.35):0.#}\" y=\"{height - bottom - barHeight - 4:0.#}\" text-anchor=\"middle\" class=\"value\">{Encode(cell.Display)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (step * 0.35):0.#}\" y=\"{height - 12}\" text-anchor=\"middle\" class=\"tick\">{Encode(label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-{Encode(id)}\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\">");

    private static string Truncate(string text) => text.Length > 34 ? text[..33] + "…" : text;

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
