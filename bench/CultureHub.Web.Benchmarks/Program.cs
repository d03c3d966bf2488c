using System.Diagnostics;
using System.Globalization;
using System.Net;
using CultureHub.TestKit.Hosting;
using CultureHub.Web.Dashboard;
using Microsoft.Extensions.Options;

// Figures for the web trust work: what a dashboard sign-in costs for a known and an unknown user
// name (and what the unknown one cost with the old 10,000-iteration decoy), and the chat API with
// its visitor cookies and rate limits: throughput of many visitors, and one visitor's burst of 600.
const int SignIns = 7;
const int Visitors = 20;
const int RequestsPerVisitor = 50;

SignInFigures();
await ChatFiguresAsync();

static void SignInFigures()
{
    var options = new DashboardOptions
    {
        Accounts = [new DashboardAccount { UserName = "network", PasswordHash = PasswordHashFormat.Hash("the right passphrase"), Hub = "*" }],
    };
    var check = new AccountCheck(Options.Create(options));
    var oldDecoy = PasswordHashFormat.Hash("decoy", 10_000);
    check.Check("network", "warm-up");

    // Interleaved, so that the load of a shared machine falls on all three alike.
    var known = new List<double>();
    var unknown = new List<double>();
    var before = new List<double>();
    for (var i = 0; i < SignIns; i++)
    {
        known.Add(Time(() => check.Check("network", "a wrong guess")));
        unknown.Add(Time(() => check.Check("nobody", "a wrong guess")));
        before.Add(Time(() => PasswordHashFormat.Verify("a wrong guess", oldDecoy)));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"sign-in, known name:   {Median(known):0.0} ms (median of {SignIns}, interleaved)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"sign-in, unknown name: {Median(unknown):0.0} ms (the old 10,000-iteration decoy: {Median(before):0.0} ms)"));
}

static double Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];

static async Task ChatFiguresAsync()
{
    var quiet = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
    };
    var folder = Path.Combine(Path.GetTempPath(), "culturehub-web-bench-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    try
    {
        await using (var open = await RunningHost.StartAsync(Path.Combine(folder, "open.db"), new Dictionary<string, string?>(quiet)
        {
            ["WebChat:VisitorRequestsPerMinute"] = "100000",
            ["WebChat:AddressRequestsPerMinute"] = "1000000",
        }))
        {
            var visitors = Enumerable.Range(0, Visitors).Select(i => open.Visitor($"v{i}")).ToList();
            await Task.WhenAll(visitors.Select(v => v.PostRawAsync(new { text = "/help" })));
            var latencies = new List<double>[Visitors];
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(visitors.Select(async (v, index) =>
            {
                latencies[index] = [];
                for (var i = 0; i < RequestsPerVisitor; i++)
                {
                    var one = Stopwatch.StartNew();
                    using var response = await v.PostRawAsync(new { text = "/help" });
                    response.EnsureSuccessStatusCode();
                    latencies[index].Add(one.Elapsed.TotalMilliseconds);
                }
            }));
            var elapsed = watch.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(l => l).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"chat API, {Visitors} visitors x {RequestsPerVisitor} /help: {all.Count / elapsed:0} requests/s, latency p50 {Percentile(all, 0.50):0.0} ms, p95 {Percentile(all, 0.95):0.0} ms, max {all[^1]:0.0} ms (cookie unsealed, checked and renewed on each)"));
        }

        await using var guarded = await RunningHost.StartAsync(Path.Combine(folder, "guarded.db"), quiet);
        var flooder = guarded.Visitor("flooder");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 600; i++)
        {
            using var response = await flooder.PostRawAsync(new { text = "/help" });
            statuses.Add(response.StatusCode);
        }

        using var bystander = await guarded.Visitor("bystander").PostRawAsync(new { text = "/help" });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one visitor's burst of 600 with the defaults: {statuses.Count(s => s == HttpStatusCode.OK)} served, {statuses.Count(s => s == HttpStatusCode.TooManyRequests)} answered 429; another visitor meanwhile: {(int)bystander.StatusCode}"));
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}
