using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Projects;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CultureHub.Core.Tests.Projects;

public sealed class MeetingPlacesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly IGazetteer Places = Gazetteer.LoadEmbedded();
    private readonly Mock<IWorkshopStore> _workshops = new();

    private MeetingPlaces Create()
    {
        var hubs = new HubDirectory(Options.Create(new HubsOptions
        {
            Hubs =
            [
                new HubOptions { Id = "hildesheim", Name = "Hildesheim", Partner = "Partner H", Address = "Markt 1", Latitude = 52.152, Longitude = 9.951 },
                new HubOptions { Id = "oldenburg", Name = "Oldenburg", Partner = "Partner O", Address = "Schloss 2", Latitude = 53.141, Longitude = 8.214 },
            ],
        }));
        var region = new RegionTime(Options.Create(new RegionOptions()));
        var texts = TextCatalog.LoadEmbedded();
        var workshopTexts = new WorkshopMessages(texts, hubs, Mock.Of<ICalendarWriter>(), region);
        return new MeetingPlaces(hubs, _workshops.Object, Places, workshopTexts, texts, Options.Create(new ProjectOptions()), new FakeTimeProvider(Now));
    }

    private static Member In(string id, string town, params Sector[] sectors) => new()
    {
        Id = id,
        DisplayName = id,
        Town = new MemberTown(town, Places.Resolve(town)!.Place),
        Sectors = sectors,
        Consent = new ConsentRecord("t", Now),
    };

    private static Workshop Workshop(string id, string hubId, int inDays, params Sector[] sectors) => new()
    {
        Id = id,
        Title = "Workshop " + id,
        HubId = hubId,
        StartsAt = Now.AddDays(inDays),
        EndsAt = Now.AddDays(inDays).AddHours(2),
        CheckInCode = "X",
        State = WorkshopState.Published,
        Sectors = sectors,
    };

    [Fact]
    public async Task Suggest_HubWithinReachOfAll_NamesHubAndItsFittingWorkshops()
    {
        _workshops.Setup(w => w.InStateAsync(WorkshopState.Published, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            Workshop("film1", "hildesheim", 10, Sector.Film),
            Workshop("craft", "hildesheim", 5, Sector.Crafts),
            Workshop("olde", "oldenburg", 3, Sector.Film),
            Workshop("later", "hildesheim", 200, Sector.Film),
        ]);
        var places = Create();

        var suggestion = await places.SuggestAsync([In("a", "Hildesheim", Sector.Music), In("b", "Hannover", Sector.Film)], CancellationToken.None);

        Assert.Equal("hildesheim", suggestion!.Hub!.Id);
        Assert.Equal(["film1"], suggestion.Workshops.Select(w => w.Id));
        var text = places.Text(suggestion, Language.De);
        Assert.Contains("Hildesheim (Partner H), Markt 1", text, StringComparison.Ordinal);
        Assert.Contains("/workshop film1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_NoHubWithinReach_TownInTheMiddle()
    {
        _workshops.Setup(w => w.InStateAsync(WorkshopState.Published, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var places = Create();

        var suggestion = await places.SuggestAsync([In("a", "Cuxhaven"), In("b", "Lüneburg")], CancellationToken.None);

        Assert.Null(suggestion!.Hub);
        Assert.NotNull(suggestion.Town);
        var cuxhaven = Places.Resolve("Cuxhaven")!.Place.Location;
        var lueneburg = Places.Resolve("Lüneburg")!.Place.Location;
        var town = suggestion.Town!.Location;
        Assert.True(Math.Abs(town.DistanceKmTo(cuxhaven) - town.DistanceKmTo(lueneburg)) < 40, suggestion.Town.Name);
        Assert.Contains("in der Mitte", places.Text(suggestion, Language.De), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_NoTownKnown_NoSuggestion()
    {
        var places = Create();
        var unknown = new Member { Id = "x", DisplayName = "x", Consent = new ConsentRecord("t", Now) };

        Assert.Null(await places.SuggestAsync([unknown], CancellationToken.None));
        Assert.Equal(string.Empty, places.Text(null, Language.En));
    }
}
