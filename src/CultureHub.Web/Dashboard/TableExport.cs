using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Insights;
using CultureHub.Web.Csv;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// A table as CSV or JSON with machine ids for rows and columns. Suppressed counts are the string
/// "&lt; 5" in both; the real value is not in the table to begin with.
/// </summary>
public static class TableExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Through the one CSV writer; <paramref name="dialect"/> also decides how percentages are written.</summary>
    public static byte[] Csv(FigureTable table, CsvDialect dialect) =>
        SpreadsheetCsv.Write(
            ["key", .. table.Columns],
            table.Rows.Select(row => (IReadOnlyList<string?>)[row.Key, .. row.Cells.Select(c => Text(c, dialect))]),
            dialect);

    public static byte[] Json(FigureTable table, InsightsPeriod period)
    {
        var rows = new JsonArray();
        foreach (var row in table.Rows)
        {
            var values = new JsonObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                values[table.Columns[i]] = Value(row.Cells[i]);
            }

            rows.Add(new JsonObject { ["key"] = row.Key, ["values"] = values });
        }

        var document = new JsonObject
        {
            ["table"] = table.Id,
            ["from"] = period.FirstMonth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = period.LastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["suppressed"] = FigureCell.SuppressedText,
            ["columns"] = new JsonArray([.. table.Columns.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["rows"] = rows,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Indented);
    }

    private static string Text(FigureCell cell, CsvDialect dialect) =>
        cell is { Kind: CellKind.Percent, Number: { } percent } ? percent.ToString("0.0", dialect.Numbers) : cell.Display;

    private static JsonNode? Value(FigureCell cell) => cell.Kind switch
    {
        CellKind.Count when cell.IsSuppressed => JsonValue.Create(FigureCell.SuppressedText),
        CellKind.Text => JsonValue.Create(cell.Text),
        _ => cell.Number is { } n ? JsonValue.Create(n) : null,
    };
}
