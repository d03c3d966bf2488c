using System.Globalization;
using System.Text;
using CultureHub.Core;
using CultureHub.Core.Workshops;

namespace CultureHub.Web.Workshops;

/// <summary>
/// The participant list as RFC 4180 CSV, UTF-8 with a BOM so spreadsheet programs read the umlauts.
/// Fields that a spreadsheet would run as a formula are defused with a leading apostrophe.
/// </summary>
public sealed class CsvParticipantExporter(RegionTime region) : IParticipantExporter
{
    private static readonly string[] Header = ["Name", "Status", "Warteliste", "Angemeldet", "Anwesend", "Ort", "Sparten"];

    public byte[] WriteCsv(IReadOnlyList<ParticipantRow> rows)
    {
        var csv = new StringBuilder();
        AppendRecord(csv, Header);
        foreach (var row in rows)
        {
            AppendRecord(csv,
            [
                row.Name,
                row.Status,
                row.WaitlistPosition?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                region.ToLocal(row.SignedUpAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                row.Attended ? "ja" : "nein",
                row.Town,
                row.Sectors,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRecord(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(fields[i]));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
