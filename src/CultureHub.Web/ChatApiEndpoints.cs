using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Web.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CultureHub.Web;

/// <summary>
/// The chat's JSON API. Who is talking comes only from the visitor cookie: a request that names a
/// user is refused, and an inbox without a cookie is empty.
/// </summary>
public static class ChatApiEndpoints
{
    public const string PathPrefix = "/api/chat";
    private const long MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(PathPrefix, PostChatAsync);
        app.MapGet(PathPrefix + "/inbox", InboxAsync);
        app.MapPost(PathPrefix + "/device", RedeemDeviceLinkAsync);
        return app;
    }

    private static async Task<IResult> PostChatAsync(HttpContext http, ChatRouter router, VisitorCookies visitors)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Json(new ChatApiError("The message is too large."), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (request, error) = await ChatApiRequestReader.ReadAsync(http.Request.Body, http.RequestAborted);
        if (request is null)
        {
            return Results.BadRequest(new ChatApiError(error!));
        }

        var visitor = new PlatformIdentity(ChatPlatform.Web, visitors.FindOrIssue(http));
        var replies = await router.HandleAsync(request.ToInput(visitor), http.RequestAborted);
        return Results.Ok(ChatApiResponse.From(replies));
    }

    private static async Task<IResult> InboxAsync(HttpContext http, WebChatChannel channel, VisitorCookies visitors)
    {
        if (http.Request.Query.ContainsKey("user"))
        {
            return Results.BadRequest(new ChatApiError(ChatApiRequestReader.UserNotAccepted));
        }

        return visitors.Find(http) is { } visitor
            ? Results.Ok(ChatApiResponse.From(await channel.DrainAsync(visitor, http.RequestAborted)))
            : Results.Ok(ChatApiResponse.From([]));
    }

    /// <summary>Redeems a /device link: this browser becomes the visitor who asked for it.</summary>
    private static async Task<IResult> RedeemDeviceLinkAsync(HttpContext http, DeviceLinks links, VisitorCookies visitors, TextCatalog texts)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Json(new ChatApiError("The request is too large."), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (token, languageCode, error) = await ChatApiRequestReader.ReadDeviceAsync(http.Request.Body, http.RequestAborted);
        if (token is null)
        {
            return Results.BadRequest(new ChatApiError(error!));
        }

        var language = LanguageCodes.Parse(languageCode) ?? Language.De;
        if (links.Redeem(token) is not { } visitorId)
        {
            return Results.BadRequest(new ChatApiError(texts.Get(language, TextKeys.DeviceLinkFailed)));
        }

        visitors.Attach(http, visitorId);
        return Results.Ok(ChatApiResponse.From([new ChatReply(texts.Get(language, TextKeys.DeviceMoved))]));
    }
}
