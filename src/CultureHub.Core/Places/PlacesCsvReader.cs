using System.Globalization;
using System.Text;

namespace CultureHub.Core.Places;

/// <summary>
/// Reads the gazetteer CSV written by tools/gazetteer/build.mjs: a header row, comma-separated
/// fields, double quotes around fields that hold a comma or quote, one place per line.
/// </summary>
internal static class PlacesCsvReader
{
    public static IReadOnlyList<Place> Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("The places CSV is empty.");
        var columns = SplitLine(header)
            .Select((name, position) => (name, position))
            .ToDictionary(c => c.name, c => c.position, StringComparer.OrdinalIgnoreCase);
        int Column(string name) => columns.TryGetValue(name, out var position)
            ? position
            : throw new InvalidDataException($"The places CSV has no '{name}' column.");

        var name = Column("name");
        var latitude = Column("latitude");
        var longitude = Column("longitude");
        var population = Column("population");
        var district = Column("district");
        var region = Column("region");
        var isInNiedersachsen = Column("is_in_niedersachsen");
        var alternate = columns.GetValueOrDefault("alternate_name", -1);

        var places = new List<Place>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = SplitLine(line);
            places.Add(new Place(
                fields[name],
                new GeoPoint(ParseDouble(fields[latitude]), ParseDouble(fields[longitude])),
                EmptyAsNull(fields[region]),
                fields[population].Length == 0 ? null : int.Parse(fields[population], CultureInfo.InvariantCulture),
                fields[isInNiedersachsen] == "1")
            {
                District = EmptyAsNull(fields[district]),
                AlternateName = alternate >= 0 && alternate < fields.Count ? EmptyAsNull(fields[alternate]) : null,
            });
        }
        return places;
    }

    internal static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var isQuoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (isQuoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"') isQuoted = !isQuoted;
            else if (c == ',' && !isQuoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? EmptyAsNull(string text) => text.Length == 0 ? null : text;
}
