using System.Text.Json;
using CultureHub.Core.Places;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary>
/// What ships states no unverified facts about real institutions: the hubs are cities at their
/// centres, and the example configuration's partners are recognisably invented.
/// </summary>
public sealed class ShippedDefaultsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Hubs_ShippedDefaults_AreFourCitiesAtTheirCentres_WithoutPartners()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("defaults.db"));
        var gazetteer = host.Get<IGazetteer>();

        var hubs = host.Get<HubDirectory>().All;

        Assert.Equal(["Hannover", "Hildesheim", "Oldenburg", "Osnabrück"], hubs.Select(h => h.Name));
        Assert.All(hubs, hub =>
        {
            Assert.Null(hub.Partner);
            Assert.Null(hub.Address);
            Assert.Equal(hub.Name, hub.Where);
            var centre = gazetteer.FindExact(hub.Name)!;
            Assert.True(hub.Location.DistanceKmTo(centre.Location) < 1, $"{hub.Name} is not at its city centre");
        });
    }

    [Fact]
    public void Hubs_ExampleConfiguration_NamesOnlyInventedPartnersAndStreets()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "appsettings.example.json")));

        foreach (var hub in example.RootElement.GetProperty("Hubs").EnumerateArray())
        {
            Assert.StartsWith("Beispiel-", hub.GetProperty("Partner").GetString(), StringComparison.Ordinal);
            Assert.Matches("^(Muster|Beispiel)", hub.GetProperty("Address").GetString()!);
        }
    }

    public void Dispose() => _folder.Dispose();
}
