using System.Globalization;
using System.Text.Json;
using CultureHub.Core.Places;

namespace CultureHub.Core.Insights;

/// <summary>One of Niedersachsen's 45 districts with its official population (Destatis, 31.12.2018).</summary>
public sealed record District(string Ags, string Name, string Region, int Population, double AreaKm2);

/// <summary>One ring of Niedersachsen's outline: the mainland, an island, or the Bremen enclave (a hole).</summary>
public sealed record OutlineRing(bool IsHole, IReadOnlyList<GeoPoint> Points);

/// <summary>
/// Public data embedded from <c>Insights/Data</c> (built by <c>tools/districts</c>, see ATTRIBUTION.md there):
/// district populations from <c>landkreise-deutschland</c> (CC BY 4.0) and the state's outline from Natural Earth.
/// </summary>
public static class DistrictData
{
    private static readonly Lazy<IReadOnlyList<District>> LazyDistricts = new(ReadDistricts);
    private static readonly Lazy<IReadOnlyList<OutlineRing>> LazyOutline = new(ReadOutline);

    public static IReadOnlyList<District> Districts => LazyDistricts.Value;

    public static IReadOnlyList<OutlineRing> Outline => LazyOutline.Value;

    private static List<District> ReadDistricts()
    {
        using var reader = new StreamReader(Open("districts.csv"));
        var districts = new List<District>();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            districts.Add(new District(fields[0], fields[1], fields[2], int.Parse(fields[3], CultureInfo.InvariantCulture), double.Parse(fields[4], CultureInfo.InvariantCulture)));
        }

        return districts;
    }

    private static List<OutlineRing> ReadOutline()
    {
        using var stream = Open("niedersachsen.json");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("rings").EnumerateArray()
            .Select(ring => new OutlineRing(
                ring.GetProperty("isHole").GetBoolean(),
                ring.GetProperty("points").EnumerateArray().Select(p => new GeoPoint(p[1].GetDouble(), p[0].GetDouble())).ToList()))
            .ToList();
    }

    private static Stream Open(string file) =>
        typeof(DistrictData).Assembly.GetManifestResourceStream("CultureHub.Core.Insights." + file)
        ?? throw new InvalidOperationException($"The embedded {file} is missing from CultureHub.Core.");
}
