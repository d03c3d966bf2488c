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
    public const string Staff = "web:staff-hannover";
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private WorkshopHarness(WebApplication app, FakeTimeProvider clock)
    {
        _app = app;
        Clock = clock;
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

        var app = CultureHubHost.Build([], overrides, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            configure?.Invoke(services);
        });
        return new WorkshopHarness(app, clock);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async Task<Member> MemberAsync(string user, string? name = null, params Sector[] sectors)
    {
        var member = new Member
        {
            Id = "m-" + user,
            DisplayName = name ?? user,
            Consent = new ConsentRecord("test", Clock.GetUtcNow()),
            Identities = [new PlatformIdentity(ChatPlatform.Web, user)],
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

    public static string Text(IEnumerable<ChatReply> replies) => string.Join("\n---\n", replies.Select(r => r.Text));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
