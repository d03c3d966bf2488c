using CultureHub.Core.Places;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Tests.Workshops;

public sealed class HubDirectoryTests : IDisposable
{
    private static readonly HubDirectory Hubs = new(Options.Create(new HubsOptions
    {
        Hubs =
        [
            new HubOptions { Id = "hannover", Name = "Hannover", Latitude = 52.37, Longitude = 9.71 },
            new HubOptions { Id = "hildesheim", Name = "Hildesheim", Latitude = 52.16, Longitude = 9.94 },
            new HubOptions { Id = "oldenburg", Name = "Oldenburg", Latitude = 53.14, Longitude = 8.22, Staff = ["telegram:42"] },
            new HubOptions { Id = "osnabrueck", Name = "Osnabrück", Latitude = 52.27, Longitude = 8.04 },
        ],
    }));

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Osnabrück", "osnabrueck")]
    [InlineData("osnabruck", "osnabrueck")]
    [InlineData("OSNA", "osnabrueck")]
    [InlineData("Hildeshiem", "hildesheim")]
    [InlineData(" oldenburg ", "oldenburg")]
    public void Match_ForgivingSpelling_FindsHub(string typed, string expected)
    {
        Assert.Equal(expected, Hubs.Match(typed)?.Id);
    }

    [Fact]
    public void Match_FarOff_ReturnsNull()
    {
        Assert.Null(Hubs.Match("Atlantis"));
    }

    [Fact]
    public void NearestFirst_FromVechta_StartsWithOldenburgThenOsnabrueck()
    {
        var order = Hubs.NearestFirst(new GeoPoint(52.73, 8.29)).Select(h => h.Id).ToList();

        Assert.Equal(["oldenburg", "osnabrueck", "hannover", "hildesheim"], order);
    }

    [Fact]
    public void IsStaff_OnlyListedIdentityForItsHub()
    {
        Assert.True(Hubs.IsStaff("oldenburg", "telegram:42"));
        Assert.False(Hubs.IsStaff("hannover", "telegram:42"));
        Assert.False(Hubs.IsStaff("oldenburg", "telegram:43"));
    }

    [Fact]
    public async Task PerHubAsync_AfterAWorkshop_CountsSignUpsWaitlistAttendanceAndNoShows()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("e.db"));
        var workshop = await harness.PublishedAsync(capacity: 2);
        var service = harness.Get<WorkshopService>();
        var anna = await harness.MemberAsync("anna");
        foreach (var member in new[] { anna, await harness.MemberAsync("ben"), await harness.MemberAsync("cem") })
        {
            await service.SignUpAsync(workshop.Id, member, CancellationToken.None);
        }

        harness.Clock.SetUtcNow(workshop.StartsAt.AddMinutes(5));
        Assert.Equal(CheckInResult.CheckedIn, (await harness.Get<WorkshopAttendance>().CheckInAsync(workshop.CheckInCode, anna, CancellationToken.None)).Result);
        harness.Clock.SetUtcNow(workshop.EndsAt.AddMinutes(1));
        await harness.Get<WorkshopIntroductions>().RunAsync(CancellationToken.None);

        var hannover = (await harness.Get<WorkshopStatistics>().PerHubAsync(CancellationToken.None)).Single(f => f.HubId == "hannover");

        Assert.Equal(new HubWorkshopFigures("hannover", 1, 0, 3, 1, 1, 0, 1, 1), hannover);
    }

    public void Dispose() => _folder.Dispose();
}
