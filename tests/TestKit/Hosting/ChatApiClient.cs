using System.Net.Http.Json;
using System.Text.Json;

namespace CultureHub.TestKit.Hosting;

public sealed record ApiButton(string Id, string Label);

public sealed record ApiAttachment(string FileName, string ContentType, string Base64);

public sealed record ApiReply(string Text, IReadOnlyList<ApiButton> Buttons, ApiAttachment? Attachment);

public sealed record ApiResponse(IReadOnlyList<ApiReply> Replies)
{
    public string AllText => string.Join("\n---\n", Replies.Select(r => r.Text));

    public IEnumerable<ApiButton> Buttons => Replies.SelectMany(r => r.Buttons);

    public ApiButton Button(string idPrefix) =>
        Buttons.FirstOrDefault(b => b.Id.StartsWith(idPrefix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No button starting with '{idPrefix}' in: {AllText} [{string.Join(", ", Buttons.Select(b => b.Id))}]");
}

/// <summary>Talks to the web chat's JSON API as one visitor.</summary>
public sealed class ChatApiClient(HttpClient http, string user)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public string User => user;

    public Task<ApiResponse> SayAsync(string text) => PostAsync(new { user, text });

    /// <summary>A German interview from /start to the saved profile; returns the bot's last answer.</summary>
    public async Task<ApiResponse> CompleteInterviewAsync(string name, string offers, string seeks, string town)
    {
        var reply = await SayAsync("/start");
        await PressAsync(reply.Button("consent:yes").Id);
        await SayAsync(name);
        await SayAsync(offers);
        await SayAsync(seeks);
        await SayAsync(town);
        await PressAsync("iv:sectors:done");
        await PressAsync("iv:skip");
        return await PressAsync("iv:confirm");
    }

    public Task<ApiResponse> PressAsync(string button) => PostAsync(new { user, button });

    public async Task<ApiResponse> InboxAsync()
    {
        var response = await http.GetAsync(new Uri($"/api/chat/inbox?user={Uri.EscapeDataString(user)}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiResponse>(Json))!;
    }

    private async Task<ApiResponse> PostAsync(object body)
    {
        var response = await http.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiResponse>(Json))!;
    }
}
