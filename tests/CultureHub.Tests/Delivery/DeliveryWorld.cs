using CultureHub.Core.Introductions;
using CultureHub.TestKit;
using CultureHub.TestKit.Faults;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.Delivery;

/// <summary>
/// One database in a temp folder, one fake clock, and the real host started (and restarted) on
/// them, optionally with faults in its mailbox or outbox. The due work runs only when a test says.
/// </summary>
internal sealed class DeliveryWorld(DateTimeOffset? start = null) : IDisposable
{
    /// <summary>Monday 23 November 2026, 10:00 in Berlin: the default round time.</summary>
    public static readonly DateTimeOffset RoundTime = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> Settings = new() { ["Introductions:SweepIntervalSeconds"] = "3600" };
    private readonly TempFolder _folder = new();

    public FakeTimeProvider Clock { get; } = new(start ?? RoundTime);

    private RunningHost? _previous;

    /// <summary>Starts the host; the visitors of the one started before come back with their cookies, as browsers do after a restart.</summary>
    public async Task<RunningHost> StartAsync(FaultSwitch? mailbox = null, FaultSwitch? outbox = null)
    {
        var host = await RunningHost.StartAsync(
            _folder.File("delivery.db"),
            Settings,
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
                services.AddFaults(mailbox, outbox);
            });
        foreach (var visitor in _previous?.Visitors ?? [])
        {
            host.Visitor(visitor);
        }

        _previous = host;
        return host;
    }

    public static async Task InterviewAsync(RunningHost host, string user, string name, string offers, string seeks, string town)
    {
        var reply = await host.Visitor(user).CompleteInterviewAsync(name, offers, seeks, town);
        Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);
    }

    /// <summary>Two pairs that complement each other, in two towns.</summary>
    public static async Task FourMusiciansAsync(RunningHost host)
    {
        await InterviewAsync(host, "gitta", "Gitta", "Ich spiele E-Gitarre und schreibe Songs", "Ich suche einen Schlagzeuger für meine Band", "Oldenburg");
        await InterviewAsync(host, "dario", "Dario", "Ich bin Schlagzeuger mit eigenem Proberaum", "Suche eine Band, gern Rock", "Oldenburg");
        await InterviewAsync(host, "mia", "Mia", "Ich bin Sängerin, Jazz und Soul", "Ich suche einen Pianisten für Jazz-Standards", "Hildesheim");
        await InterviewAsync(host, "paul", "Paul", "Ich spiele Klavier, vor allem Jazz", "Ich suche eine Sängerin für Duo-Gigs", "Hildesheim");
    }

    /// <summary>The proposals in a visitor's inbox, by introduction id (the inbox is drained).</summary>
    public static async Task<List<string>> ProposalsAsync(RunningHost host, string user) =>
        (await host.Visitor(user).InboxAsync()).Buttons
            .Where(b => b.Id.StartsWith("intro:yes:", StringComparison.Ordinal))
            .Select(b => b.Id["intro:yes:".Length..])
            .ToList();

    /// <summary>The web identity the server sealed into a visitor's cookie (its key names the visitor's mailbox).</summary>
    public static Core.PlatformIdentity IdentityOf(RunningHost host, string user) => host.IdentityOf(host.Visitor(user));

    public static async Task<string> MemberIdAsync(RunningHost host, string user) =>
        (await host.Get<Core.Members.IMemberStore>().FindByIdentityAsync(IdentityOf(host, user), CancellationToken.None))!.Id;

    public static async Task<List<string>> IntroductionsOfAsync(RunningHost host, string user)
    {
        var memberId = await MemberIdAsync(host, user);
        return (await host.Get<IIntroductionStore>().ForMemberAsync(memberId, CancellationToken.None)).Select(i => i.Id).ToList();
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(25, patience.Token);
        }
    }

    public void Dispose() => _folder.Dispose();
}
