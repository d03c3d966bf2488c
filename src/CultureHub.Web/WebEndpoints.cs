using System.Reflection;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CultureHub.Web;

public static class WebEndpoints
{
    private const long MaxBodyBytes = 256 * 1024;

    /// <summary>The web chat page, its JSON API, liveness (<c>/healthz</c>) and readiness (<c>/readyz</c>).</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat", PostChatAsync);
        app.MapGet("/api/chat/inbox", async (string? user, WebChatChannel channel, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(user) || user.Length > ChatApiRequestReader.MaxUserIdLength
                ? Results.BadRequest(new ChatApiError("Query parameter \"user\" is required (at most 64 characters)."))
                : Results.Ok(ChatApiResponse.From(await channel.DrainAsync(user, cancellationToken))));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapReadiness();
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/chat.js", () => Asset("chat.js", "text/javascript; charset=utf-8"));
        app.MapGet("/chat.css", () => Asset("chat.css", "text/css; charset=utf-8"));
        return app;
    }

    private static async Task<IResult> PostChatAsync(HttpContext http, ChatRouter router)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Json(new ChatApiError("The message is too large."), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (input, error) = await ChatApiRequestReader.ReadAsync(http.Request.Body, http.RequestAborted);
        if (input is null)
        {
            return Results.BadRequest(new ChatApiError(error!));
        }

        var replies = await router.HandleAsync(input, http.RequestAborted);
        return Results.Ok(ChatApiResponse.From(replies));
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CultureHub.Web.wwwroot.{name}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
