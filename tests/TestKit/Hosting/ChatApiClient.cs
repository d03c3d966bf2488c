using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CultureHub.Web.Visitors;

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

/// <summary>
/// Talks to the web chat's JSON API as one visitor, the way a browser does: its own cookie jar
/// keeps the identity the server issued on the first message. The label is for the test's eyes
/// only; the server never sees it. <see cref="On"/> takes the same visitor to a restarted host.
/// </summary>
public sealed class ChatApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ChatApiClient(Uri baseAddress, string label, CookieContainer? cookies = null)
    {
        Label = label;
        Cookies = cookies ?? new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public string Label { get; }

    public CookieContainer Cookies { get; }

    /// <summary>The sealed visitor cookie the server set; null before the first message.</summary>
    public string? VisitorCookie => Cookies.GetCookies(_http.BaseAddress!)[VisitorCookies.CookieName]?.Value;

    /// <summary>This visitor, with the same cookies, talking to another host (a restart on the same database).</summary>
    public ChatApiClient On(Uri baseAddress) => new(baseAddress, Label, Cookies);

    public Task<ApiResponse> SayAsync(string text) => PostAsync(new { text });

    public Task<ApiResponse> PressAsync(string button) => PostAsync(new { button });

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

    public async Task<ApiResponse> InboxAsync()
    {
        using var response = await GetAsync("/api/chat/inbox");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiResponse>(Json))!;
    }

    /// <summary>Opens a /device link's token in this visitor's browser.</summary>
    public Task<HttpResponseMessage> RedeemDeviceLinkAsync(string token) =>
        _http.PostAsJsonAsync(new Uri("/api/chat/device", UriKind.Relative), new { token });

    /// <summary>Any body to <c>POST /api/chat</c>, with this visitor's cookies; the caller reads the status.</summary>
    public Task<HttpResponseMessage> PostRawAsync(object body) => _http.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), body);

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public void Dispose() => _http.Dispose();

    private async Task<ApiResponse> PostAsync(object body)
    {
        using var response = await PostRawAsync(body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiResponse>(Json))!;
    }
}
