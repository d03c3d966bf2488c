using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Tests.Workshops;
using CultureHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Tests.Chat;

/// <summary>Inputs with a receipt key are applied once, however often they arrive.</summary>
public sealed class ReceiptTests : IDisposable
{
    private static readonly ChatSender Mara = new(new PlatformIdentity(ChatPlatform.Telegram, "31"), "Mara", "de");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "culturehub-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task HandleAsync_FaultRightAfterTheStateWrite_RedeliveryResumesInsteadOfApplyingAgain()
    {
        var fault = new FaultAfterSave();
        await using var harness = WorkshopHarness.Create(Path.Combine(_folder, "r.db"), configure: services => services.Replace(ServiceDescriptor.Singleton<IInterviewStore>(
            provider => fault.Wrap(new LiteDbInterviewStore(provider.GetRequiredService<LiteDbContext>())))));
        var router = harness.Get<ChatRouter>();
        await router.HandleAsync(new ButtonInput(Mara, "consent:yes:de") { ReceiptKey = "telegram:1" }, CancellationToken.None);
        var name = new TextInput(Mara, "Mara Einmal") { ReceiptKey = "telegram:2" };

        fault.IsArmed = true;
        var crashed = await router.HandleAsync(name, CancellationToken.None);
        var redelivered = await router.HandleAsync(name, CancellationToken.None);
        var again = await router.HandleAsync(name, CancellationToken.None);
        await router.HandleAsync(new TextInput(Mara, "Ich mische Bands live") { ReceiptKey = "telegram:3" }, CancellationToken.None);
        var offerRedelivered = await router.HandleAsync(new TextInput(Mara, "Ich mische Bands live") { ReceiptKey = "telegram:3" }, CancellationToken.None);

        Assert.Contains("schiefgegangen", WorkshopHarness.Text(crashed), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Schön, dass du wieder da bist", WorkshopHarness.Text(redelivered), StringComparison.Ordinal);
        Assert.Contains("Was machst du", WorkshopHarness.Text(redelivered), StringComparison.Ordinal);
        Assert.StartsWith("Schön, dass du wieder da bist", WorkshopHarness.Text(again), StringComparison.Ordinal);
        Assert.Empty(offerRedelivered);
        var session = await harness.Get<IInterviewStore>().GetAsync(Mara.Identity.Key, CancellationToken.None);
        Assert.Equal("Mara Einmal", session!.Draft.Name);
        Assert.Equal("Ich mische Bands live", session.Draft.Offers);
        Assert.Equal(InterviewStep.Seeks, session.Step);
    }

    [Fact]
    public async Task HandleAsync_WithoutReceiptKey_AppliesEveryArrival()
    {
        await using var harness = WorkshopHarness.Create(Path.Combine(_folder, "n.db"));
        var router = harness.Get<ChatRouter>();
        await router.HandleAsync(new ButtonInput(Mara, "consent:yes:de"), CancellationToken.None);

        await router.HandleAsync(new TextInput(Mara, "Mara Zweimal"), CancellationToken.None);
        await router.HandleAsync(new TextInput(Mara, "Mara Zweimal"), CancellationToken.None);

        var session = await harness.Get<IInterviewStore>().GetAsync(Mara.Identity.Key, CancellationToken.None);
        Assert.Equal("Mara Zweimal", session!.Draft.Offers);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Stores the session, then fails as a process dying at that moment would: the change is in, nothing after it ran.</summary>
    private sealed class FaultAfterSave
    {
        public bool IsArmed { get; set; }

        public IInterviewStore Wrap(IInterviewStore inner) => new Store(inner, this);

        private sealed class Store(IInterviewStore inner, FaultAfterSave owner) : IInterviewStore
        {
            public Task<InterviewSession?> GetAsync(string identityKey, CancellationToken cancellationToken) => inner.GetAsync(identityKey, cancellationToken);

            public async Task SaveAsync(InterviewSession session, CancellationToken cancellationToken)
            {
                await inner.SaveAsync(session, cancellationToken);
                if (owner.IsArmed)
                {
                    owner.IsArmed = false;
                    throw new IOException("The process died here.");
                }
            }

            public Task DeleteAsync(string identityKey, CancellationToken cancellationToken) => inner.DeleteAsync(identityKey, cancellationToken);
        }
    }
}
