using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Llm;

namespace CultureHub.Tests.Llm;

/// <summary>The real host pointed at the fake OpenAI-compatible server.</summary>
internal static class LlmHost
{
    public static Task<RunningHost> StartAsync(TempFolder folder, FakeOpenAiServer fake, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = fake.Endpoint,
            ["Llm:Model"] = "test-model",
            // Generous: a loaded CI machine must not turn a scripted answer into a fallback. Tests of a hanging
            // model pass their own short timeout.
            ["Llm:TimeoutSeconds"] = "30",
            ["Llm:IsExternal"] = "true",
            ["Introductions:SweepIntervalSeconds"] = "3600",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return RunningHost.StartAsync(folder.File("llm.db"), settings);
    }

    public static long Counter(this RunningHost host, string series) => host.Metrics.Counter(series);

    /// <summary>/start, consent, then the language model question answered with <paramref name="allowsLlm"/>.</summary>
    public static async Task<ApiResponse> BeginAsync(ChatApiClient visitor, bool allowsLlm)
    {
        var reply = await visitor.SayAsync("/start");
        reply = await visitor.PressAsync(reply.Button("consent:yes").Id);
        Assert.Contains("Sprachmodell", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("externen Anbieter", reply.AllText, StringComparison.Ordinal);
        return await visitor.PressAsync(allowsLlm ? "llm:yes" : "llm:no");
    }
}
