using System.Text.Json;
using System.Text.Json.Serialization;
using CultureHub.Analysis;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Cli;

/// <summary>
/// <c>culturehub match --members FILE [--top N] [--json]</c>: matches the members of a file in memory
/// (no database) and prints every seeker's best candidates.
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
            await output.WriteLineAsync("usage: culturehub match --members FILE [--top N] [--json] [--tags]");
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
            matches[member.Id] = matcher.TopFor(member.Id, top).Select(s => new Prediction(s.CandidateId, s.Score, s.Why)).ToList();
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
