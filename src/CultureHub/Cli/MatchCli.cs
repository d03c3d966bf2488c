using System.Text.Json;
using System.Text.Json.Serialization;
using CultureHub.Analysis;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Llm.Matching;

namespace CultureHub.Cli;

/// <summary>
/// <c>culturehub match --members FILE [--top N] [--json] [--llm]</c>: matches the members of a file in memory
/// (no database) and prints every seeker's best candidates. With <c>--llm</c> the configured model re-orders
/// the offline matcher's top K, so both paths can be scored on the same set.
/// </summary>
public static class MatchCli
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var file = Resolve(Option(args, "--members"));
        var top = int.TryParse(Option(args, "--top"), out var n) && n > 0 ? n : 5;
        var asJson = args.Contains("--json");
        if (file is null || !File.Exists(file))
        {
            await output.WriteLineAsync("usage: culturehub match --members FILE [--top N] [--json] [--tags] [--llm]");
            return 2;
        }

        using var llm = args.Contains("--llm") ? StandaloneRanker.Create(Configuration(args)) : null;
        if (args.Contains("--llm") && llm is null)
        {
            await output.WriteLineAsync("--llm needs Llm:Endpoint and Llm:Model (e.g. Llm__Endpoint and Llm__Model in the environment)");
            return 2;
        }

        await using var stream = File.OpenRead(file);
        var input = await JsonSerializer.DeserializeAsync<MembersFile>(stream, ReadOptions, ct) ?? new MembersFile();
        var taxonomy = CompetenceTaxonomy.LoadDefault();
        var reader = CompetenceReading.CreateReader(taxonomy);
        var gazetteer = Gazetteer.LoadEmbedded();
        var profiles = input.Members.Select(m => ToProfile(m, reader, gazetteer)).ToList();
        var matcher = new ComplementaryMatcher(new MatchIndex(profiles, taxonomy), ExplanationTemplates.LoadDefault());
        var matches = new Dictionary<string, List<Prediction>>(StringComparer.Ordinal);
        foreach (var member in input.Members.Where(m => !string.IsNullOrWhiteSpace(m.LookingFor)))
        {
            var pool = matcher.TopFor(member.Id, llm is null ? top : Math.Max(top, llm.Options.RerankTopK))
                .Select(s => new Prediction(s.CandidateId, s.Score, s.Why)).ToList();
            matches[member.Id] = (llm is null ? pool : await RerankAsync(llm.Ranker, member, pool, input.Members, ct)).Take(top).ToList();
        }

        if (args.Contains("--tags"))
        {
            foreach (var p in profiles)
            {
                await output.WriteLineAsync($"{p.Id} offers [{Tags(p.Offers)}] seeks [{Tags(p.Seeks)}] {p.Locality}");
            }
        }

        if (asJson)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { matches }, WriteOptions));
            return 0;
        }

        foreach (var (id, list) in matches)
        {
            await output.WriteLineAsync(id);
            foreach (var p in list)
            {
                await output.WriteLineAsync($"  {p.Id}  {p.Score:0.000}  {p.Why}");
            }
        }

        return 0;
    }

    private static async Task<List<Prediction>> RerankAsync(
        CandidateRanker ranker, MemberLine seeker, List<Prediction> pool, List<MemberLine> members, CancellationToken ct)
    {
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var candidates = pool.Select(p => new RankCandidate(Rankable(byId[p.Id]), p.Why)).ToList();
        var choices = await ranker.RankAsync(Rankable(seeker), candidates, ct);
        return choices is null ? pool : choices.Select(c => pool[c.Index] with { Why = c.Reason ?? pool[c.Index].Why }).ToList();
    }

    private static RankProfile Rankable(MemberLine m) =>
        new(m.Name, LanguageCodes.Parse(m.Language) ?? Language.De, m.Town, [], m.About, m.LookingFor);

    /// <summary>appsettings.json next to the program, the environment (<c>Llm__Model</c>), and <c>--Llm:Model=...</c> arguments.</summary>
    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray())
        .Build();

    private static string Tags(IEnumerable<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));

    private static MatchProfile ToProfile(MemberLine m, ProfileReader reader, IGazetteer gazetteer)
    {
        var language = LanguageCodes.Parse(m.Language) ?? Language.De;
        var place = string.IsNullOrWhiteSpace(m.Town) ? null : gazetteer.Resolve(m.Town)?.Place;
        return MatchProfile.Read(m.Id, m.Name, language, m.About, m.LookingFor, place?.Name ?? m.Town, place?.Location, reader);
    }

    /// <summary>
    /// A relative path is tried from the working directory and then from its parents, because
    /// <c>dotnet run</c> starts a web project inside its own folder rather than where it was called.
    /// </summary>
    private static string? Resolve(string? path)
    {
        if (path is null || Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Prediction(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("why")] string Why);

    private sealed class MembersFile
    {
        public List<MemberLine> Members { get; set; } = [];
    }

    private sealed class MemberLine
    {
        public string Id { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Town { get; set; }

        public string? Language { get; set; }

        public string About { get; set; } = string.Empty;

        [JsonPropertyName("looking_for")]
        public string LookingFor { get; set; } = string.Empty;
    }
}
