using System.Net;
using System.Text.RegularExpressions;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.Web.Dashboard;

namespace CultureHub.Web.Tests;

/// <summary>
/// A running host on a temp database seeded with the development members (imported like the CLI
/// does), synthetic introductions and workshops, and three dashboard accounts.
/// </summary>
public sealed partial class DashboardFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string SmallHub = "hub_smalltown";

    /// <summary>The network's coordinator on Telegram: web chat visitors cannot be staff.</summary>
    public static readonly PlatformIdentity Coordinator = new(ChatPlatform.Telegram, "7001");

    private readonly TempFolder _folder = new();

    public RunningHost Host { get; private set; } = null!;

    public int ImportedCount { get; private set; }

    public static string DevelopmentMembers => Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "matching", "members.json");

    public static Dictionary<string, string?> Settings()
    {
        var hash = PasswordHashFormat.Hash(Password, 1000);
        return new Dictionary<string, string?>
        {
            ["Dashboard:Accounts:0:UserName"] = "network",
            ["Dashboard:Accounts:0:PasswordHash"] = hash,
            ["Dashboard:Accounts:0:Hub"] = "*",
            ["Dashboard:Accounts:1:UserName"] = "hannover-team",
            ["Dashboard:Accounts:1:PasswordHash"] = hash,
            ["Dashboard:Accounts:1:Hub"] = "hannover",
            ["Dashboard:StaffIdentities:0"] = Coordinator.Key,
        };
    }

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(_folder.File("dashboard.db"), Settings());
        var file = await MemberFile.ReadAsync(DevelopmentMembers, CancellationToken.None);
        ImportedCount = (await Host.Get<MemberImport>().ImportAsync(file, CancellationToken.None)).Added;
        await SeedSmallSourceAsync();
        await SeedIntroductionsAsync();
        await SeedWorkshopsAsync();
    }

    /// <summary>Exactly three members who came through one link: a cell that must read "&lt; 5".</summary>
    private async Task SeedSmallSourceAsync()
    {
        var store = Host.Get<IMemberStore>();
        var members = await store.ListAsync(CancellationToken.None);
        foreach (var member in members.Take(3))
        {
            await store.UpsertAsync(member with { Source = SmallHub }, CancellationToken.None);
        }
    }

    /// <summary>20 music+film introductions (12 accepted, 8 met, 5 fruitful), 6 art+design and 3 games+crafts ones.</summary>
    private async Task SeedIntroductionsAsync()
    {
        var store = Host.Get<IIntroductionStore>();
        var now = Host.Get<TimeProvider>().GetUtcNow();
        for (var i = 0; i < 29; i++)
        {
            var pair = i < 20 ? ("music", "film") : i < 26 ? ("art", "design") : ("games", "crafts");
            await store.SaveAsync(new Introduction
            {
                Id = $"intro-{i}",
                First = new IntroductionSide($"a{i}", IntroductionAnswer.Yes, string.Empty),
                Second = new IntroductionSide($"b{i}", IntroductionAnswer.Yes, string.Empty),
                FirstSectors = [pair.Item1],
                SecondSectors = [pair.Item2],
                IsCrossSector = true,
                ProposedAt = now.AddDays(-3),
                State = i < 12 ? IntroductionState.Accepted : IntroductionState.Expired,
                AcceptedAt = i < 12 ? now.AddDays(-2) : null,
                HaveMet = i < 8 ? true : null,
                Outcome = i < 5 ? IntroductionOutcome.Project : IntroductionOutcome.Unknown,
            }, CancellationToken.None);
        }
    }

    /// <summary>Hannover: one finished workshop with 8 confirmed (6 attended, 2 no-shows: both suppressed, they add up to 8) and 2 waitlisted.</summary>
    private async Task SeedWorkshopsAsync()
    {
        var store = Host.Get<IWorkshopStore>();
        var now = Host.Get<TimeProvider>().GetUtcNow();
        var workshop = new Workshop
        {
            Id = "wsh01",
            Title = "Siebdruck",
            HubId = "hannover",
            StartsAt = now.AddDays(-1),
            EndsAt = now.AddDays(-1).AddHours(2),
            State = WorkshopState.Done,
            CheckInCode = "1234",
        };
        await store.SaveAsync(workshop, CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            await store.SaveRegistrationAsync(new Registration
            {
                WorkshopId = workshop.Id,
                MemberId = $"m{i}",
                Status = i < 8 ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
                WasWaitlisted = i >= 8,
                Sequence = i,
                SignedUpAt = now.AddDays(-5),
                AttendedAt = i < 6 ? now.AddDays(-1) : null,
            }, CancellationToken.None);
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Host.Http.BaseAddress };

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenIn(html);
    }

    public static string TokenIn(string html) => TokenField().Match(html).Groups["token"].Value;

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/dashboard/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = password,
        });
        return await client.PostAsync(new Uri("/dashboard/login", UriKind.Relative), form);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenField();
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
