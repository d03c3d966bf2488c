using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Cli;
using CultureHub.TestKit;
using CultureHub.TestKit.Llm;

namespace CultureHub.Tests.Llm;

/// <summary><c>culturehub match --llm</c> against the fake server: the same candidates, re-ordered by the model.</summary>
public sealed class LlmMatchCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Match_WithLlm_ReordersTheOfflineCandidates()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Script = request =>
        {
            var user = request.User;
            var start = user.IndexOf("[CANDIDATES JSON]", StringComparison.Ordinal) + "[CANDIDATES JSON]".Length;
            var ids = JsonNode.Parse(user[start..user.IndexOf("[END CANDIDATES JSON]", StringComparison.Ordinal)])!.AsArray()
                .Select(c => c!["id"]!.GetValue<string>()).Reverse();
            return new JsonObject { ["ranking"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["reason"] = "model" }).ToArray()) }.ToJsonString();
        };
        var file = _folder.File("members.json");
        await File.WriteAllTextAsync(file, """
            {"members": [
              {"id": "s", "name": "Sina", "town": "Oldenburg", "language": "de", "about": "Ich singe", "looking_for": "Einen Schlagzeuger für meine Band"},
              {"id": "a", "name": "A", "town": "Oldenburg", "language": "de", "about": "Ich bin Schlagzeuger mit Proberaum", "looking_for": ""},
              {"id": "b", "name": "B", "town": "Oldenburg", "language": "de", "about": "Schlagzeug und Percussion", "looking_for": ""},
              {"id": "c", "name": "C", "town": "Oldenburg", "language": "de", "about": "Ich spiele Drums in Rockbands", "looking_for": ""}
            ]}
            """);

        var offline = await RunAsync(["match", "--members", file, "--json"]);
        var ranked = await RunAsync(["match", "--members", file, "--json", "--llm", $"--Llm:Endpoint={fake.Endpoint}", "--Llm:Model=test-model"]);

        Assert.True(offline.Count >= 2);
        Assert.Equal(offline.AsEnumerable().Reverse(), ranked);
        Assert.NotEmpty(fake.Requests);
    }

    [Fact]
    public async Task Match_WithLlm_ButNoModelConfigured_IsAUsageError()
    {
        var error = new StringWriter();
        var file = _folder.File("empty.json");
        await File.WriteAllTextAsync(file, """{"members": []}""");

        var code = await CommandLine.RunAsync(["match", "--members", file, "--llm"], TextWriter.Null, error, CancellationToken.None);

        // Usage errors go to stderr since the command line moved to System.CommandLine (stdout stays for results).
        Assert.Equal(2, code);
        Assert.Contains("Llm:Endpoint", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> RunAsync(string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(args, output, TextWriter.Null, CancellationToken.None));
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("matches").GetProperty("s").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
    }

    public void Dispose() => _folder.Dispose();
}
