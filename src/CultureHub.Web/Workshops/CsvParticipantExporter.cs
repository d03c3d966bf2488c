using System.Globalization;
using CultureHub.Core;
using CultureHub.Core.Workshops;
using CultureHub.Web.Csv;

namespace CultureHub.Web.Workshops;

/// <summary>
/// The participant list for a hub's team, in German (headers, "ja"/"nein") and laid out for German
/// spreadsheet programs: semicolon-separated, so a double click opens it in columns.
/// </summary>
public sealed class CsvParticipantExporter(RegionTime region) : IParticipantExporter
{
    private static readonly string[] Header = ["Name", "Status", "Warteliste", "Angemeldet", "Anwesend", "Ort", "Sparten"];

    public byte[] WriteCsv(IReadOnlyList<ParticipantRow> rows) =>
        SpreadsheetCsv.Write(Header, rows.Select(row => (IReadOnlyList<string?>)
        [
            row.Name,
            row.Status,
            row.WaitlistPosition?.ToString(CultureInfo.InvariantCulture),
            region.ToLocal(row.SignedUpAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            row.Attended ? "ja" : "nein",
            row.Town,
            row.Sectors,
        ]), CsvDialect.German);
}
