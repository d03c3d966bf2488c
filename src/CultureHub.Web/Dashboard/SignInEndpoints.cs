using System.Text.Encodings.Web;
using CultureHub.Core.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CultureHub.Web.Dashboard;

/// <summary>Sign-in with an account (form) or a one-time link from the bot, and sign-out. Forms carry antiforgery tokens.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapDashboardSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/login", (HttpContext http, string? lang, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery) =>
            LoginForm(http, DashboardTexts.LanguageOf(lang), page, texts, antiforgery, error: null, StatusCodes.Status200OK));
        app.MapPost("/dashboard/login", async (HttpContext http, [FromForm] string? userName, [FromForm] string? password, [FromQuery] string? lang,
            AccountCheck accounts, SignInThrottle throttle, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery, ILogger<DashboardPage> logger) =>
        {
            var language = DashboardTexts.LanguageOf(lang);
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (throttle.IsBlocked(address, userName))
            {
                DashboardLog.SignInRefused(logger, "throttled");
                return LoginForm(http, language, page, texts, antiforgery, texts.Get(language, TextKeys.DashboardLoginThrottled), StatusCodes.Status429TooManyRequests);
            }

            if (accounts.Check(userName, password) is not { } user)
            {
                throttle.RecordFailure(address, userName);
                DashboardLog.SignInRefused(logger, "password");
                return LoginForm(http, language, page, texts, antiforgery, texts.Get(language, TextKeys.DashboardLoginFailed), StatusCodes.Status401Unauthorized);
            }

            return await SignInAsync(http, user, "password", logger);
        });
        app.MapGet("/dashboard/link", (HttpContext http, string? lang, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery) =>
            LinkForm(http, DashboardTexts.LanguageOf(lang), page, texts, antiforgery, error: null, StatusCodes.Status200OK));
        app.MapPost("/dashboard/link", async (HttpContext http, [FromForm] string? token, [FromQuery] string? lang,
            LoginLinks links, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery, ILogger<DashboardPage> logger) =>
        {
            var language = DashboardTexts.LanguageOf(lang);
            if (links.Redeem(token) is not { } user)
            {
                DashboardLog.SignInRefused(logger, "link");
                return LinkForm(http, language, page, texts, antiforgery, texts.Get(language, TextKeys.DashboardLinkFailed), StatusCodes.Status401Unauthorized);
            }

            return await SignInAsync(http, user, "link", logger);
        });
        app.MapPost("/dashboard/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(DashboardAuthentication.Scheme);
            return Results.Redirect("/dashboard/login");
        });
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, DashboardUser user, string method, ILogger logger)
    {
        await http.SignInAsync(DashboardAuthentication.Scheme, user.ToPrincipal(method));
        DashboardLog.SignedIn(logger, user.Name, method);
        return Results.Redirect("/dashboard");
    }

    private static IResult LoginForm(HttpContext http, string language, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var fields = $"""
            <p><label>{Encode(texts.Get(language, TextKeys.DashboardLoginUser))}<br><input name="userName" autocomplete="username" required></label></p>
            <p><label>{Encode(texts.Get(language, TextKeys.DashboardLoginPassword))}<br><input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">{Encode(texts.Get(language, TextKeys.DashboardLoginSubmit))}</button></p>
            """;
        var html = page.SignIn(language, texts.Get(language, TextKeys.DashboardLoginTitle), $"/dashboard/login?lang={language}", fields, tokens.FormFieldName, tokens.RequestToken!, error);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The token arrives in the fragment; a line of inline script moves it into the form.</summary>
    private static IResult LinkForm(HttpContext http, string language, DashboardPage page, DashboardTexts texts, IAntiforgery antiforgery, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var fields = $"""<input type="hidden" name="token" id="token"><p><button type="submit">{Encode(texts.Get(language, TextKeys.DashboardLinkSubmit))}</button></p>""";
        const string script = "<script>document.getElementById('token').value = location.hash.slice(1); history.replaceState(null, '', location.pathname);</script>";
        var html = page.SignIn(language, texts.Get(language, TextKeys.DashboardLinkTitle), $"/dashboard/link?lang={language}", fields, tokens.FormFieldName, tokens.RequestToken!, error, script);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
