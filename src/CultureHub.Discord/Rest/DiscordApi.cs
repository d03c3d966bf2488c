using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CultureHub.Discord.Rest;

/// <summary>The handful of Discord REST endpoints CultureHub uses, mapped to its own records.</summary>
public sealed class DiscordApi(DiscordRestClient rest)
{
    public CancellationToken Stopped => rest.Stopped;

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        Read<GatewayBotInfo>(await rest.SendAsync(new RestRoute(HttpMethod.Get, "gateway/bot"), () => null, cancellationToken));

    public async Task<string> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        Read<CreatedResource>(await rest.SendAsync(new RestRoute(HttpMethod.Post, $"channels/{channelId}/messages"), () => MessageContent(message), cancellationToken)).Id;

    public async Task<string> CreateDirectMessageChannelAsync(string userId, CancellationToken cancellationToken) =>
        Read<CreatedResource>(await rest.SendAsync(new RestRoute(HttpMethod.Post, "users/@me/channels"), () => Json(new { recipient_id = userId }), cancellationToken)).Id;

    public Task RespondAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.SendAsync(new RestRoute(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback"), () => Json(response), cancellationToken);

    public Task FollowUpAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        rest.SendAsync(new RestRoute(HttpMethod.Post, $"webhooks/{applicationId}/{token}"), () => MessageContent(message), cancellationToken);

    public Task OverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        rest.SendAsync(new RestRoute(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands"), () => Json(commands), cancellationToken);

    public async Task<string> StartThreadAsync(string channelId, ThreadCreate thread, CancellationToken cancellationToken) =>
        Read<CreatedResource>(await rest.SendAsync(new RestRoute(HttpMethod.Post, $"channels/{channelId}/threads"), () => Json(thread), cancellationToken)).Id;

    public Task AddThreadMemberAsync(string threadId, string userId, CancellationToken cancellationToken) =>
        rest.SendAsync(new RestRoute(HttpMethod.Put, $"channels/{threadId}/thread-members/{userId}"), () => null, cancellationToken);

    private static JsonContent Json<T>(T body) => JsonContent.Create(body, options: DiscordJson.Options);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The parts belong to the multipart content, which disposes them with itself.")]
    private static HttpContent MessageContent(MessagePayload message)
    {
        if (message.File is not { } file)
        {
            return Json(message);
        }

        var multipart = new MultipartFormDataContent();
        var withReference = message with { Attachments = [new AttachmentReference(0, file.FileName)] };
        multipart.Add(new StringContent(JsonSerializer.Serialize(withReference, DiscordJson.Options), System.Text.Encoding.UTF8, "application/json"), "payload_json");
        var bytes = new ByteArrayContent(file.Content.ToArray());
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        multipart.Add(bytes, "files[0]", file.FileName);
        return multipart;
    }

    private static T Read<T>(JsonElement? body) =>
        body is { } element ? DiscordJson.Read<T>(element) : throw new JsonException($"Discord sent no body for {typeof(T).Name}.");
}
