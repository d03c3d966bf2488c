using System.Text;
using CultureHub.Core;
using CultureHub.Core.Insights;
using CultureHub.Core.Workshops;
using CultureHub.Web.Csv;
using CultureHub.Web.Dashboard;
using CultureHub.Web.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Tests;

/// <summary>
/// Every CSV leaves through one writer, and no cell can become a formula in a spreadsheet — read
/// with the file's own separator or with any other one a spreadsheet program might guess.
/// </summary>
public sealed class CsvExportTests
{
    /// <summary>Cells a member could put into their name, town or a workshop title.</summary>
    private static readonly string[] Crafted =
    [
        "=HYPERLINK(\"http://evil.example\",\"Klick\")",
        "  =1+1",
        "\"=1+1",
        " \"@SUM(A1:A9)",
        "Köln;=HYPERLINK(\"http://evil.example\")",
        "Bremen,+cmd|' /C calc'!A0",
        "Tab\t-2+3+cmd|' /C calc'!A0",
        "Zeile\r\n@evil",
        "\tleading tab",
        "＝1+1",
        "Hannover",
        "-1",
        "1+HYPERLINK(\"http://evil.example\")",
        "+4,5",
    ];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("\"@x", "'\"@x")]
    [InlineData("Köln;=cmd", "Köln;'=cmd")]
    [InlineData("a, @cmd", "a,' @cmd")]
    [InlineData("\t=cmd", "'\t'=cmd")]
    [InlineData("Zeile\n-cmd", "Zeile\n'-cmd")]
    [InlineData("-5", "'-5")]
    [InlineData("+49 511 123456", "'+49 511 123456")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("Gitarre & Gesang", "Gitarre & Gesang")]
    [InlineData("", "")]
    public void Neutralise_FormulaStartsAnywhereASpreadsheetMaySplit_GetAnApostrophe(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetFormulas.Neutralise(cell));

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void Write_CraftedCells_NoCellStartsAFormula_WhicheverSeparatorASpreadsheetUses(char separator)
    {
        var dialect = separator == ';' ? CsvDialect.German : CsvDialect.Rfc4180;
        var bytes = SpreadsheetCsv.Write(["Name", "Ort"], Crafted.Select(c => (IReadOnlyList<string?>)[c, c]), dialect);

        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        foreach (var guess in new[] { ',', ';', '\t' })
        {
            var cells = SpreadsheetReading.Cells(text, guess).ToList();
            Assert.All(cells, cell => Assert.False(SpreadsheetReading.IsFormula(cell), $"'{cell}' read with '{guess}' from a '{separator}' file"));
        }

        var ownRows = SpreadsheetReading.Rows(text, separator).ToList();
        Assert.Equal(Crafted.Length + 1, ownRows.Count);
        Assert.All(ownRows, row => Assert.Equal(2, row.Count));
        Assert.Equal("Hannover", ownRows[Array.IndexOf(Crafted, "Hannover") + 1][0]);
    }

    [Fact]
    public void ParticipantCsv_IsSemicolonSeparatedGerman_WithDefusedCells()
    {
        var rows = new[]
        {
            new ParticipantRow("=HYPERLINK(\"http://evil.example\")", "Confirmed", null, new DateTimeOffset(2026, 10, 1, 16, 0, 0, TimeSpan.Zero), true, "Hannover;@cmd", "music"),
        };

        var text = Encoding.UTF8.GetString(new CsvParticipantExporter(new RegionTime(Options.Create(new RegionOptions()))).WriteCsv(rows).AsSpan(3));

        Assert.StartsWith("Name;Status;Warteliste;Angemeldet;Anwesend;Ort;Sparten\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\";Confirmed;;2026-10-01 18:00;ja;\"Hannover;'@cmd\";music", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardCsv_GermanVariant_SemicolonsAndDecimalCommas()
    {
        var table = new FigureTable("urban_rural", ["members", "percent_of_located"],
            [new FigureRow("rural", [FigureCell.Count(12), FigureCell.Percent(41.5)]), new FigureRow("urban", [FigureCell.Suppressed(), FigureCell.Percent(58.5)])]);

        var german = Encoding.UTF8.GetString(TableExport.Csv(table, CsvDialect.German).AsSpan(3));
        var rfc = Encoding.UTF8.GetString(TableExport.Csv(table, CsvDialect.Rfc4180).AsSpan(3));

        Assert.Equal("key;members;percent_of_located\r\nrural;12;\"41,5\"\r\nurban;< 5;\"58,5\"\r\n", german);
        Assert.Equal("key,members,percent_of_located\r\nrural,12,41.5\r\nurban,< 5,58.5\r\n", rfc);
    }
}
