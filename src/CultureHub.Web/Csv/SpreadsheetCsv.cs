using CsvHelper;

namespace CultureHub.Web.Csv;

/// <summary>
/// The one CSV writer of CultureHub (participant lists, dashboard exports): RFC 4180 quoting through
/// CsvHelper, UTF-8 with a byte order mark so spreadsheet programs read the umlauts, every cell
/// defused by <see cref="SpreadsheetFormulas"/>. Cells holding any separator are quoted even when
/// this file's separator is another, so a program guessing the wrong one still keeps them whole.
/// </summary>
public static class SpreadsheetCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CsvDialect dialect)
    {
        var options = CsvWriterOptions.Default with
        {
            Separator = dialect.Separator,
            WriteByteOrderMark = true,
            ShouldQuote = (field, _, _, _) => field.IndexOfAny(SpreadsheetFormulas.Boundaries) >= 0,
        };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteRecord(Defused(header));
            foreach (var row in rows)
            {
                csv.WriteRecord(Defused(row));
            }
        }

        return buffer.ToArray();
    }

    private static string[] Defused(IReadOnlyList<string?> cells) => [.. cells.Select(SpreadsheetFormulas.Neutralise)];
}
