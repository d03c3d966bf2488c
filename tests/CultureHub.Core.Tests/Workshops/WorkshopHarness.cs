using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>
/// The workshop services as the host wires them (real LiteDB in a temp file, the web mailbox as
/// the delivery channel) with a fake clock, without starting Kestrel or Quartz.
/// </summary>
internal sealed class WorkshopHarness : IAsyncDisposable
{
    /// <summary>Hannover's hub staff, on Telegram: web chat visitors cannot be staff.</summary>
    public static readonly PlatformIdentity StaffIdentity = new(ChatPlatform.Telegram, "staff-hannover");

    public static readonly string Staff = StaffIdentity.Key;
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private readonly StaffChannel _staff;

    private WorkshopHarness(WebApplication app, FakeTimeProvider clock, StaffChannel staff)
    {
        _app = app;
        Clock = clock;
        _staff = staff;
    }

    public FakeTimeProvider Clock { get; }

    public static WorkshopHarness Create(
        string databasePath, FakeTimeProvider? clock = null, Action<IServiceCollection>? configure = null, IEnumerable<(string Key, string Value)>? settings = null)
    {
        clock ??= new FakeTimeProvider(Now);
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Hubs:0:Staff:0"] = Staff,
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        var staff = new StaffChannel();
        var app = CultureHubHost.Build([], overrides, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.AddSingleton<IChatChannel>(staff);
            configure?.Invoke(services);
        });
        return new WorkshopHarness(app, clock, staff);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public Task<Member> MemberAsync(string user, string? name = null, params Sector[] sectors) =>
        MemberAsync(new PlatformIdentity(ChatPlatform.Web, user), name, sectors);

    public async Task<Member> MemberAsync(PlatformIdentity identity, string? name = null, params Sector[] sectors)
    {
        var member = new Member
        {
            Id = "m-" + identity.UserId,
            DisplayName = name ?? identity.UserId,
            Consent = new ConsentRecord("test", Clock.GetUtcNow()),
            Identities = [identity],
            Sectors = sectors,
        };
        await Get<IMemberStore>().UpsertAsync(member, CancellationToken.None);
        return member;
    }

    public Task<Workshop> PublishedAsync(int capacity, DateTimeOffset? startsAt = null, string hubId = "hannover") =>
        Get<WorkshopAdminService>().CreateAsync(
            new WorkshopRequest("Siebdruck für Bandmerch", "Wir drucken Shirts.", hubId, startsAt ?? Now.AddDays(7), capacity, Staff, null),
            "Team",
            CancellationToken.None);

    public Task<IReadOnlyList<ChatReply>> InboxAsync(string user) => Get<WebChatChannel>().DrainAsync(user, CancellationToken.None);

    /// <summary>What the core sent Hannover's staff.</summary>
    public IReadOnlyList<ChatReply> StaffInbox() => _staff.SentTo(StaffIdentity);

    public static string Text(IEnumerable<ChatReply> replies) => string.Join("\n---\n", replies.Select(r => r.Text));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
