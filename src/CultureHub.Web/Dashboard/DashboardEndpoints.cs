using CultureHub.Core.Insights;
using CultureHub.Web.Csv;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CultureHub.Web.Dashboard;

/// <summary>The dashboard page, the funder's report, one hub's detail and the exports. All behind sign-in.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dashboard").RequireAuthorization(DashboardAuthentication.Policy);
        group.MapGet("/", async (HttpContext http, InsightsService insights, DashboardPage page, IAntiforgery antiforgery) =>
        {
            var context = Context(http, antiforgery);
            var report = await insights.BuildAsync(Period(http), http.RequestAborted);
            return Html(http, page.Dashboard(report, insights.HubIds, context));
        });
        group.MapGet("/report", async (HttpContext http, InsightsService insights, DashboardPage page, IAntiforgery antiforgery) =>
            Html(http, page.Report(await insights.BuildAsync(Period(http), http.RequestAborted), Context(http, antiforgery))));
        group.MapGet("/hubs/{hubId}", async (string hubId, HttpContext http, InsightsService insights, DashboardPage page, IAntiforgery antiforgery, ILogger<DashboardPage> logger) =>
        {
            var (table, denied) = await HubTableAsync(hubId, http, insights, logger);
            if (table is null)
            {
                return denied ?? Results.NotFound();
            }

            var report = new InsightsReport(Period(http), TimeProvider.System.GetUtcNow(), []);
            return Html(http, page.HubDetail(table, hubId, report, Context(http, antiforgery)));
        });
        group.MapGet("/export/{file}", ExportAsync);
        return app;
    }

    private static async Task<IResult> ExportAsync(string file, HttpContext http, InsightsService insights, ILogger<DashboardPage> logger)
    {
        var dot = file.LastIndexOf('.');
        var (id, format) = dot > 0 ? (file[..dot], file[(dot + 1)..]) : (file, string.Empty);
        if (format is not ("csv" or "json"))
        {
            return Results.NotFound();
        }

        var period = Period(http);
        FigureTable? table;
        if (id.StartsWith("workshops_hub_", StringComparison.Ordinal))
        {
            (table, var denied) = await HubTableAsync(id["workshops_hub_".Length..], http, insights, logger);
            if (denied is not null)
            {
                return denied;
            }
        }
        else
        {
            table = (await insights.BuildAsync(period, http.RequestAborted)).Table(id);
        }

        if (table is null)
        {
            return Results.NotFound();
        }

        DashboardLog.Exported(logger, table.Id, format, DashboardUser.From(http.User).Name);
        http.Response.Headers.CacheControl = "no-store";
        return format == "csv"
            ? Results.File(TableExport.Csv(table, DialectOf(http)), "text/csv; charset=utf-8", $"{table.Id}.csv")
            : Results.File(TableExport.Json(table, period), "application/json; charset=utf-8", $"{table.Id}.json");
    }

    /// <summary>A hub's detail table, or a 403 when the signed-in staff belong to another hub.</summary>
    private static async Task<(FigureTable? Table, IResult? Denied)> HubTableAsync(string hubId, HttpContext http, InsightsService insights, ILogger logger)
    {
        var user = DashboardUser.From(http.User);
        if (!user.CanSeeHub(hubId))
        {
            DashboardLog.HubDenied(logger, hubId, user.Name);
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        return (await insights.HubDetailAsync(hubId, Period(http), http.RequestAborted), null);
    }

    /// <summary><c>?separator=semicolon</c>: the variant German spreadsheet programs open in columns.</summary>
    private static CsvDialect DialectOf(HttpContext http) =>
        http.Request.Query["separator"] == "semicolon" ? CsvDialect.German : CsvDialect.Rfc4180;

    private static InsightsPeriod Period(HttpContext http) =>
        InsightsPeriod.Parse(http.Request.Query["from"], http.Request.Query["to"]);

    private static PageContext Context(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var kept = http.Request.Query
            .Where(q => q.Key is "from" or "to" or "lang" && !string.IsNullOrEmpty(q.Value))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        var query = QueryString.Create(kept).ToUriComponent();
        return new PageContext(DashboardTexts.LanguageOf(http.Request.Query["lang"]), DashboardUser.From(http.User), query, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Html(HttpContext http, string html)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; script-src 'unsafe-inline'";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
