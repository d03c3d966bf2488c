using System.Text.Json;
using System.Text.Json.Serialization;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// The project's own held-out members and graded introductions (Matching/Data), scored the way the
/// shared evaluator scores the development set: hit@3, p@3 and nDCG@5 over every graded seeker.
/// </summary>
internal sealed record HoldoutSet(IReadOnlyList<HoldoutMember> Members, IReadOnlyDictionary<string, Dictionary<string, int>> Gold)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static HoldoutSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Matching", "Data");
        var members = JsonSerializer.Deserialize<HoldoutFile>(File.ReadAllText(Path.Combine(folder, "holdout.json")), Options)!.Members;
        var gold = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(File.ReadAllText(Path.Combine(folder, "holdout-gold.json")))!;
        return new HoldoutSet(members, gold);
    }

    public ComplementaryMatcher Matcher()
    {
        var gazetteer = Gazetteer.LoadEmbedded();
        var profiles = Members.Select(m =>
        {
            var place = gazetteer.Resolve(m.Town)?.Place;
            var language = m.Language == "en" ? Language.En : Language.De;
            return MatchProfile.Read(m.Id, m.Name, language, m.About, m.LookingFor, place?.Name, place?.Location, MatchingWorld.Reader);
        }).ToList();
        return MatchingWorld.Matcher([.. profiles]);
    }

    public HoldoutScore Score(Func<string, IReadOnlyList<string>> ranking)
    {
        double hits = 0, good = 0, ndcg = 0;
        foreach (var (seeker, grades) in Gold)
        {
            var ranked = ranking(seeker);
            var top3 = ranked.Take(3).ToList();
            hits += top3.Any(c => grades.GetValueOrDefault(c) == 2) ? 1 : 0;
            good += top3.Count(c => grades.GetValueOrDefault(c) >= 1);
            var dcg = ranked.Take(5).Select((c, i) => Gain(grades.GetValueOrDefault(c)) / Math.Log2(i + 2)).Sum();
            var ideal = grades.Values.OrderDescending().Take(5).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
            ndcg += dcg / ideal;
        }

        return new HoldoutScore(hits / Gold.Count, good / (3.0 * Gold.Count), ndcg / Gold.Count);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;

    private sealed record HoldoutFile(List<HoldoutMember> Members);
}

internal sealed record HoldoutMember(string Id, string Name, string Town, string Language, string About, [property: JsonPropertyName("looking_for")] string LookingFor);

internal readonly record struct HoldoutScore(double HitAt3, double PrecisionAt3, double NdcgAt5);
