using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CultureHub.Analysis;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Llm.Matching;

namespace CultureHub.Cli;

/// <summary>
/// <c>culturehub match --members FILE [--top N] [--json] [--tags] [--llm]</c>: matches the members of a file in memory
/// (no database) and prints every seeker's best candidates. With <c>--llm</c> the configured model re-orders
/// the offline matcher's top K, so both paths can be scored on the same set.
/// </summary>
public static class MatchCli
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(SettingArguments settings)
    {
        var members = new Option<string>("--members") { Description = "Members JSON file to match in memory (no database).", HelpName = "FILE", Required = true };
        var top = new Option<int>("--top")
        {
            Description = "Suggestions per seeker.",
            HelpName = "N",
            DefaultValueFactory = _ => 5,
            CustomParser = argument => int.TryParse(argument.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? n
                : Invalid(argument),
        };
        var json = new Option<bool>("--json") { Description = "Print the suggestions as JSON ({\"matches\": {id: [{id, score, why}]}})." };
        var tags = new Option<bool>("--tags") { Description = "Also print the competences read from each member's words." };
        var llm = new Option<bool>("--llm") { Description = "Let the configured language model (Llm:Endpoint, Llm:Model) re-rank the offline candidates." };
        var command = new Command("match", "Match the members of a file and print every seeker's best candidates.") { members, top, json, tags, llm };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new MatchRequest(parsed.GetRequiredValue(members), parsed.GetValue(top), parsed.GetValue(json), parsed.GetValue(tags), parsed.GetValue(llm)),
            settings,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(MatchRequest request, SettingArguments settings, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var file = Resolve(request.MembersFile);
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"No such file: {request.MembersFile}");
            return CommandLine.Failure;
        }

        using var llm = request.UseLlm ? StandaloneRanker.Create(settings.ToConfiguration()) : null;
        if (request.UseLlm && llm is null)
        {
            await error.WriteLineAsync("--llm needs Llm:Endpoint and Llm:Model (e.g. Llm__Endpoint and Llm__Model in the environment)");
            return CommandLine.UsageError;
        }

        if (await ReadMembersAsync(file, ct) is not { } input)
        {
            await error.WriteLineAsync($"{request.MembersFile} is not a members file: expected {{\"members\": [{{\"id\", \"name\", \"language\", \"about\", \"looking_for\", \"location\"}}, …]}}");
            return CommandLine.UsageError;
        }

        var taxonomy = CompetenceTaxonomy.LoadDefault();
        var reader = CompetenceReading.CreateReader(taxonomy);
        var gazetteer = Gazetteer.LoadEmbedded();
        var profiles = input.Members.Select(m => ToProfile(m, reader, gazetteer)).ToList();
        var matcher = new ComplementaryMatcher(new MatchIndex(profiles, taxonomy), ExplanationTemplates.LoadDefault());
        var matches = new Dictionary<string, List<Prediction>>(StringComparer.Ordinal);
        foreach (var member in input.Members.Where(m => !string.IsNullOrWhiteSpace(m.LookingFor)))
        {
            var pool = matcher.TopFor(member.Id, llm is null ? request.Top : Math.Max(request.Top, llm.Options.RerankTopK))
                .Select(s => new Prediction(s.CandidateId, s.Score, s.Why)).ToList();
            matches[member.Id] = (llm is null ? pool : await RerankAsync(llm.Ranker, member, pool, input.Members, ct)).Take(request.Top).ToList();
        }

        if (request.ShowTags)
        {
            foreach (var p in profiles)
            {
                await output.WriteLineAsync($"{p.Id} offers [{Tags(p.Offers)}] seeks [{Tags(p.Seeks)}] {p.Locality}");
            }
        }

        await WriteAsync(matches, request.AsJson, output);
        return CommandLine.Ok;
    }

    /// <summary>The members file, or null when it is not JSON of the expected shape.</summary>
    private static async Task<MembersFile?> ReadMembersAsync(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        try
        {
            return await JsonSerializer.DeserializeAsync<MembersFile>(stream, ReadOptions, ct) ?? new MembersFile();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(Dictionary<string, List<Prediction>> matches, bool asJson, TextWriter output)
    {
        if (asJson)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { matches }, WriteOptions));
            return;
        }

        foreach (var (id, list) in matches)
        {
            await output.WriteLineAsync(id);
            foreach (var p in list)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {p.Id}  {p.Score:0.000}  {p.Why}"));
            }
        }
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

    private static int Invalid(System.CommandLine.Parsing.ArgumentResult argument)
    {
        argument.AddError($"--top takes a whole number of at least 1, not '{argument.Tokens.Single().Value}'.");
        return 0;
    }

    private static string Tags(IEnumerable<CompetenceTag> tags) => string.Join(", ", tags.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.CompetenceId}:{t.Confidence:0.00}")));

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
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
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

    private sealed record MatchRequest(string MembersFile, int Top, bool AsJson, bool ShowTags, bool UseLlm);

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
