namespace CultureHub.Core.Insights;

public enum CellKind
{
    /// <summary>A number of people (or introductions); subject to small-cell suppression.</summary>
    Count,

    /// <summary>A share in percent, computed only from counts that are themselves published.</summary>
    Percent,

    /// <summary>A label or date that is not personal data (month, hub id, workshop date).</summary>
    Text,
}

/// <summary>
/// One published value. A suppressed count carries no number at all, so nothing downstream
/// (page, chart, CSV, JSON) can show the real small value by mistake.
/// </summary>
public sealed record FigureCell(CellKind Kind, double? Number, string? Text = null)
{
    public const string SuppressedText = "< 5";

    public bool IsSuppressed => Kind == CellKind.Count && Number is null;

    public static FigureCell Count(int value) => new(CellKind.Count, value);

    public static FigureCell Suppressed() => new(CellKind.Count, null);

    public static FigureCell Percent(double? value) => new(CellKind.Percent, value is null ? null : Math.Round(value.Value, 1));

    public static FigureCell Label(string text) => new(CellKind.Text, null, text);

    /// <summary>How the value reads on the page and in CSV: a number, "&lt; 5", a label, or empty.</summary>
    public string Display => Kind switch
    {
        CellKind.Count => Number is { } n ? ((long)n).ToString(System.Globalization.CultureInfo.InvariantCulture) : SuppressedText,
        CellKind.Percent => Number is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        _ => Text ?? string.Empty,
    };
}

/// <summary>A row: a machine key (region, sector id, hub id, month) and one cell per value column.</summary>
public sealed record FigureRow(string Key, IReadOnlyList<FigureCell> Cells);

/// <summary>
/// One table of the dashboard, already suppressed. <paramref name="Id"/> names the export
/// (<c>members_by_region</c>); <paramref name="Columns"/> are ids of the value columns, texts live in the web layer.
/// </summary>
public sealed record FigureTable(string Id, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows)
{
    public FigureCell? Cell(string rowKey, string column)
    {
        var index = Columns.ToList().IndexOf(column);
        var row = Rows.FirstOrDefault(r => r.Key == rowKey);
        return index < 0 || row is null ? null : row.Cells[index];
    }
}

/// <summary>From/to (inclusive days, Europe/Berlin not needed at month granularity); null ends are open.</summary>
public sealed record InsightsPeriod(DateTimeOffset? From, DateTimeOffset? To)
{
    public static InsightsPeriod All { get; } = new(null, null);

    public bool Contains(DateTimeOffset moment) => (From is null || moment >= From) && (To is null || moment < To);

    /// <summary>Parses <c>yyyy-MM-dd</c> query values; <c>to</c> includes that whole day. Bad values are ignored.</summary>
    public static InsightsPeriod Parse(string? from, string? to) =>
        new(ParseDay(from), ParseDay(to)?.AddDays(1));

    private static DateTimeOffset? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
