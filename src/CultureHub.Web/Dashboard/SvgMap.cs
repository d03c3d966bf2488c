using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CultureHub.Core.Insights;
using CultureHub.Core.Places;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Niedersachsen's outline (Natural Earth) with one circle per district at its centre, area by members,
/// and the hubs as labelled squares. Readable without colour: hidden counts are dashed rings of one
/// fixed size with "&lt; 5", hubs are squares, every published count is written next to its circle.
/// </summary>
public static class SvgMap
{
    private const double West = 6.5, East = 11.8, North = 54.0, South = 51.2, Scale = 110;
    private static readonly double Aspect = Math.Cos(52.6 * Math.PI / 180);

    public static string Districts(NiedersachsenMap map, FigureTable reach, Func<string, string> label)
    {
        var width = (East - West) * Scale * Aspect;
        var height = (North - South) * Scale;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-map\" class=\"chart map\" viewBox=\"0 0 {width:0} {height:0}\" width=\"{width:0}\" height=\"{height:0}\" role=\"img\">");
        svg.Append("<path class=\"outline\" fill-rule=\"evenodd\" d=\"");
        foreach (var ring in map.Outline)
        {
            svg.Append(string.Join(' ', ring.Points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{Point(p)}"))).Append(" Z ");
        }

        svg.Append("\"/>");
        var members = reach.ColumnIndex("members");
        var rows = reach.Rows.Where(r => map.DistrictCentres.ContainsKey(r.Key)).ToList();
        var max = Math.Max(1, rows.Max(r => r.Cells[members].Number ?? 0));
        foreach (var row in rows)
        {
            var cell = row.Cells[members];
            var (x, y) = Project(map.DistrictCentres[row.Key]);
            var radius = cell.IsSuppressed ? 5 : cell.Number is double n && n > 0 ? 3 + (22 * Math.Sqrt(n / max)) : 0;
            if (radius <= 0)
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{(cell.IsSuppressed ? "district suppressed" : "district")}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{radius:0.#}\"><title>{Encode(label(row.Key))}: {Encode(cell.Display)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"count\" x=\"{x + radius + 2:0.#}\" y=\"{y + 4:0.#}\">{Encode(cell.Display)}</text>");
        }

        foreach (var hub in map.Hubs)
        {
            var (x, y) = Project(hub.Location);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"hub\" x=\"{x - 5:0.#}\" y=\"{y - 5:0.#}\" width=\"10\" height=\"10\"/><text class=\"hub-name\" x=\"{x:0.#}\" y=\"{y - 9:0.#}\" text-anchor=\"middle\">{Encode(hub.Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static (double X, double Y) Project(GeoPoint point) => ((point.Longitude - West) * Scale * Aspect, (North - point.Latitude) * Scale);

    private static string Point(GeoPoint point)
    {
        var (x, y) = Project(point);
        return string.Create(CultureInfo.InvariantCulture, $"{x:0.#} {y:0.#}");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
