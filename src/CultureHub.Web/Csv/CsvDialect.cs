using System.Globalization;

namespace CultureHub.Web.Csv;

/// <summary>How a CSV file is laid out: its separator, and how its decimal numbers are written.</summary>
public sealed record CsvDialect(char Separator, CultureInfo Numbers)
{
    /// <summary>RFC 4180 for programs and English spreadsheets: commas, decimal points.</summary>
    public static CsvDialect Rfc4180 { get; } = new(',', CultureInfo.InvariantCulture);

    /// <summary>What German spreadsheet programs open with a double click: semicolons, because the comma is their decimal mark.</summary>
    public static CsvDialect German { get; } = new(';', CultureInfo.GetCultureInfo("de-DE"));
}
