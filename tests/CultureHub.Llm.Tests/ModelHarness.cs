using CultureHub.Core.Chat;
using CultureHub.Llm.Prompts;
using CultureHub.TestKit.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace CultureHub.Llm.Tests;

/// <summary>A kernel whose chat service is a Moq of <see cref="IChatCompletionService"/>, with the real prompt files.</summary>
internal sealed class ModelHarness
{
    public ModelHarness()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Chat.Object);
        var kernel = new Kernel(services.BuildServiceProvider());
        Usage = new LlmUsage(new CultureHubMetrics(Recorder), NullLogger<LlmUsage>.Instance);
        Client = new LanguageModelClient(kernel, PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts")), Usage);
    }

    public Mock<IChatCompletionService> Chat { get; } = new(MockBehavior.Strict);

    public MeterRecorder Recorder { get; } = new();

    public LlmUsage Usage { get; }

    public LanguageModelClient Client { get; }

    public List<ChatHistory> Sent { get; } = [];

    public void Answers(string content) =>
        Chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .Callback((ChatHistory history, PromptExecutionSettings? _, Kernel? _, CancellationToken _) => Sent.Add(history))
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, content)]);

    public void Throws(Exception exception) =>
        Chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(exception);

    public long Counter(string series) => Recorder.Counter(series);
}
