using CultureHub.Core.Insights;
using CultureHub.Core.Texts;
using CultureHub.Web.Csv;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CultureHub.Web.Dashboard;

/// <summary>The dashboard page, the period reports, one hub's staff page and the exports. All behind sign-in.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dashboard").RequireAuthorization(DashboardAuthentication.Policy);
        group.MapGet("/", async (HttpContext http, InsightsService insights, DashboardPage page, IAntiforgery antiforgery) =>
        {
            var report = await insights.BuildAsync(Period(http), http.RequestAborted);
            return Html(http, page.Dashboard(report, insights.HubIds, Context(http, antiforgery)));
        });
        group.MapGet("/report", async (HttpContext http, InsightsService insights, NiedersachsenMap map, ReportPage page, IAntiforgery antiforgery) =>
        {
            if (await ReportAsync(http, insights, map) is not { } report)
            {
                return Results.NotFound();
            }

            var context = Context(http, antiforgery) with { Query = ReportPage.Query(report.Comparison.Current.Period, report.HubId, LanguageOf(http)) };
            return Html(http, page.Render(report.Comparison, report.Tables, report.HubId, context));
        });
        group.MapGet("/report/export/{file}", async (string file, HttpContext http, InsightsService insights, NiedersachsenMap map, ILogger<DashboardPage> logger) =>
            await ReportAsync(http, insights, map) is { } report
                ? Export(file, report.Tables, report.Comparison.Current.Period, http, logger)
                : Results.NotFound());
        group.MapGet("/hubs/{hubId}", HubPageAsync);
        group.MapPost("/hubs/{hubId}/invite", InviteAsync);
        group.MapGet("/export/{file}", async (string file, HttpContext http, InsightsService insights, ILogger<DashboardPage> logger) =>
        {
            var period = Period(http);
            if (file.StartsWith("workshops_hub_", StringComparison.Ordinal))
            {
                var hubId = Path.GetFileNameWithoutExtension(file)["workshops_hub_".Length..];
                if (Denied(hubId, http, logger) is { } denied)
                {
                    return denied;
                }

                var detail = await insights.HubDetailAsync(hubId, period, http.RequestAborted);
                return Export(file, detail is null ? [] : [detail], period, http, logger);
            }

            return Export(file, (await insights.BuildAsync(period, http.RequestAborted)).Tables, period, http, logger);
        });
        return app;
    }

    private static async Task<IResult> HubPageAsync(string hubId, string? invited, HttpContext http, InsightsService insights, WorkshopSuggestions suggestions, HubPage page, DashboardTexts texts, IAntiforgery antiforgery, TimeProvider time, ILogger<DashboardPage> logger)
    {
        if (Denied(hubId, http, logger) is { } denied)
        {
            return denied;
        }

        var period = Period(http);
        if (await insights.HubDetailAsync(hubId, period, http.RequestAborted) is not { } workshops)
        {
            return Results.NotFound();
        }

        var ideas = await suggestions.ForHubAsync(hubId, http.RequestAborted);
        var language = LanguageOf(http);
        var notice = invited switch
        {
            "unknown" => texts.Get(language, TextKeys.DashboardInviteUnknown),
            FigureCell.SuppressedText => texts.Format(language, TextKeys.DashboardInviteDone, invited),
            _ when int.TryParse(invited, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sent) => texts.Format(language, TextKeys.DashboardInviteDone, sent),
            _ => null,
        };
        return Html(http, page.Render(hubId, workshops, ideas, period, time.GetUtcNow(), Context(http, antiforgery), notice));
    }

    /// <summary>The invite button: sends the hub's invitation, then shows the page again with how many were asked (under five as "&lt; 5").</summary>
    private static async Task<IResult> InviteAsync(string hubId, [FromForm] string? topic, HttpContext http, WorkshopSuggestions suggestions, ILogger<DashboardPage> logger)
    {
        if (Denied(hubId, http, logger) is { } denied)
        {
            return denied;
        }

        var result = await suggestions.InviteAsync(hubId, topic ?? string.Empty, http.RequestAborted);
        var account = DashboardUser.From(http.User).Name;
        DashboardLog.Invited(logger, hubId, account);
        var invited = result.IsUnknownTopic ? "unknown" : result.Invited.Display;
        return Results.Redirect($"/dashboard/hubs/{Uri.EscapeDataString(hubId)}?lang={LanguageOf(http)}&invited={Uri.EscapeDataString(invited)}");
    }

    /// <summary>The report named by <c>?period=</c> (any day of it, or <c>2025-Q2</c>; the current period by default) and <c>?hub=</c>.</summary>
    private static async Task<(PeriodComparison Comparison, IReadOnlyList<FigureTable> Tables, string? HubId)?> ReportAsync(HttpContext http, InsightsService insights, NiedersachsenMap map)
    {
        var months = insights.Options.PeriodMonths;
        var period = http.Request.Query["period"].ToString() is { Length: > 0 } text ? InsightsPeriod.ParseEvaluation(text, months) : insights.CurrentPeriod();
        var hubId = http.Request.Query["hub"].ToString() is { Length: > 0 } hub ? hub : null;
        if (period is null || (hubId is not null && !insights.HubIds.Contains(hubId, StringComparer.Ordinal)))
        {
            return null;
        }

        var comparison = await insights.CompareAsync(period, http.RequestAborted);
        if (hubId is not null)
        {
            comparison = new PeriodComparison(HubSlice.Of(comparison.Current, hubId, map), comparison.Previous is { } previous ? HubSlice.Of(previous, hubId, map) : null);
        }

        return (comparison, PeriodTables.Compare(comparison), hubId);
    }

    private static IResult Export(string file, IReadOnlyList<FigureTable> tables, InsightsPeriod period, HttpContext http, ILogger logger)
    {
        var dot = file.LastIndexOf('.');
        var (id, format) = dot > 0 ? (file[..dot], file[(dot + 1)..]) : (file, string.Empty);
        if (format is not ("csv" or "json") || tables.FirstOrDefault(t => t.Id == id) is not { } table)
        {
            return Results.NotFound();
        }

        var account = DashboardUser.From(http.User).Name;
        DashboardLog.Exported(logger, table.Id, format, account);
        http.Response.Headers.CacheControl = "no-store";
        return format == "csv"
            ? Results.File(TableExport.Csv(table, DialectOf(http)), "text/csv; charset=utf-8", $"{table.Id}.csv")
            : Results.File(TableExport.Json(table, period), "application/json; charset=utf-8", $"{table.Id}.json");
    }

    /// <summary>A 403 when the signed-in staff belong to another hub; null when they may see it.</summary>
    private static IResult? Denied(string hubId, HttpContext http, ILogger logger)
    {
        var user = DashboardUser.From(http.User);
        if (user.CanSeeHub(hubId))
        {
            return null;
        }

        DashboardLog.HubDenied(logger, hubId, user.Name);
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary><c>?separator=semicolon</c>: the variant German spreadsheet programs open in columns.</summary>
    private static CsvDialect DialectOf(HttpContext http) =>
        http.Request.Query["separator"] == "semicolon" ? CsvDialect.German : CsvDialect.Rfc4180;

    private static InsightsPeriod Period(HttpContext http) =>
        InsightsPeriod.Parse(http.Request.Query["from"], http.Request.Query["to"]);

    private static string LanguageOf(HttpContext http) => DashboardTexts.LanguageOf(http.Request.Query["lang"]);

    private static PageContext Context(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var kept = http.Request.Query
            .Where(q => q.Key is "from" or "to" or "lang" && !string.IsNullOrEmpty(q.Value))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        var query = QueryString.Create(kept).ToUriComponent();
        return new PageContext(LanguageOf(http), DashboardUser.From(http.User), query, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Html(HttpContext http, string html)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; script-src 'unsafe-inline'";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
