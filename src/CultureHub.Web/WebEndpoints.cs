using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CultureHub.Web;

public static class WebEndpoints
{
    /// <summary>The web chat: throttled JSON API, the page, liveness (<c>/healthz</c>) and readiness (<c>/readyz</c>).</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapChatApi();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapReadiness();
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/chat.js", () => Asset("chat.js", "text/javascript; charset=utf-8"));
        app.MapGet("/chat.css", () => Asset("chat.css", "text/css; charset=utf-8"));
        return app;
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CultureHub.Web.wwwroot.{name}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
