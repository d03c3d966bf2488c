namespace CultureHub.Core.Insights;

public enum CellKind
{
    /// <summary>A number of people (or introductions); subject to small-cell suppression.</summary>
    Count,

    /// <summary>A share in percent, computed only from counts that are themselves published.</summary>
    Percent,

    /// <summary>A label or date that is not personal data (month, hub id, workshop date).</summary>
    Text,

    /// <summary>A figure that counts no members (inhabitants, members per 100,000): published as it is.</summary>
    Number,
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

    public static FigureCell Value(double? value) => new(CellKind.Number, value is null ? null : Math.Round(value.Value, 1));

    /// <summary>How the value reads on the page and in CSV: a number, "&lt; 5", a label, or empty.</summary>
    public string Display => Kind switch
    {
        CellKind.Count => Number is { } n ? ((long)n).ToString(System.Globalization.CultureInfo.InvariantCulture) : SuppressedText,
        CellKind.Percent => Number is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        CellKind.Number => Number is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
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
        var index = ColumnIndex(column);
        var row = Rows.FirstOrDefault(r => r.Key == rowKey);
        return index < 0 || row is null ? null : row.Cells[index];
    }

    public int ColumnIndex(string column) => Columns.ToList().IndexOf(column);

    /// <summary>The same table with only the rows that pass (a hub's slice of a state-wide table: the very same cells).</summary>
    public FigureTable Where(Func<FigureRow, bool> keep) => this with { Rows = Rows.Where(keep).ToList() };
}
