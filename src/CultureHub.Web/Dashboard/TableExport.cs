using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CultureHub.Core.Insights;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// A table as CSV or JSON with machine ids for rows and columns. Suppressed counts are the string
/// "&lt; 5" in both; the real value is not in the table to begin with.
/// </summary>
public static class TableExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>RFC 4180, UTF-8 with a byte order mark for spreadsheets; formula-like fields are escaped.</summary>
    public static byte[] Csv(FigureTable table)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, true))
        {
            csv.WriteRecord(["key", .. table.Columns]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([row.Key, .. row.Cells.Select(c => c.Display)]);
            }
        }

        return buffer.ToArray();
    }

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

    private static JsonNode? Value(FigureCell cell) => cell.Kind switch
    {
        CellKind.Count when cell.IsSuppressed => JsonValue.Create(FigureCell.SuppressedText),
        CellKind.Text => JsonValue.Create(cell.Text),
        _ => cell.Number is { } n ? JsonValue.Create(n) : null,
    };
}
