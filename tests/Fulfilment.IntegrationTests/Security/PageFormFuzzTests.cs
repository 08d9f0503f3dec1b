namespace Fulfilment.IntegrationTests.Security;

/// <summary>
/// Every form on every page a seller, warehouse staff and admin can reach (found by following the app's own links), posted
/// with every field blank and then with every field oversized and full of odd unicode, with a valid antiforgery token.
/// Not one answer may be 500 or above; what was tried goes to <c>fuzz-pages.log</c>. ASVS 5.0 V2.2.1, V16.5.3.
/// </summary>
public sealed class PageFormFuzzTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int MaxPagesPerRole = 60;
    private static readonly string Oversized = new string('x', 20_000) + "\u202E\U0001F3F3\uFE0F\u200D\U0001F308\uFFFD\u5F20";

    [Fact]
    public async Task No_form_answers_500_for_blank_or_oversized_fields()
    {
        var log = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        var forms = 0;
        var triedForms = new HashSet<string>(StringComparer.Ordinal);

        // Pages behind a particular order or parcel, which the links from the lists reach only by chance.
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 5000m);
        var parcel = await fixture.App.ParcelAsync(store);
        var order = await fixture.App.FreshOrderAsync();
        await using var db = fixture.App.Db();
        var parcelOrder = await db.Orders.Where(o => o.Id == parcel.OrderId).Select(o => o.OrderNumber).SingleAsync(TestContext.Current.CancellationToken);
        var seeds = new Dictionary<string, string[]>
        {
            [DemoSeeder.SellerEmail] =
            [
                $"/Shipping/{order.OrderNumber}/Channel", $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&confirm=true",
                $"/Orders/{parcelOrder}/Notice", $"/Packages/{parcel.Id}", $"/Packages/{parcel.Id}/Cancel",
            ],
            [DemoSeeder.WarehouseEmail] = ["/Warehouse/Pickups?status=Pending"],
            [DemoSeeder.AdminEmail] = [],
        };

        // The admin last: its forms disable users and deactivate warehouses the other sessions use.
        foreach (var email in new[] { DemoSeeder.SellerEmail, DemoSeeder.WarehouseEmail, DemoSeeder.AdminEmail })
        {
            using var session = await fixture.BrowserAs(email);
            var pages = await CrawlAsync(session, seeds[email]);
            log.Add($"--- {email}: {pages.Count} pages: {string.Join(" ", pages.Select(p => p.Url))}");
            foreach (var (url, page) in pages)
            {
                foreach (var form in page.Document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
                {
                    var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                    if (action.Contains("Logout", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (!triedForms.Add(email + " " + Shape(action) + " " + string.Join(",", form.Elements.OfType<IHtmlElement>().Select(e => e.GetAttribute("name")))))
                    {
                        continue;
                    }

                    forms++;
                    var names = form.Elements.OfType<IHtmlElement>()
                        .Select(e => e.GetAttribute("name"))
                        .OfType<string>()
                        .Where(n => n.Length > 0 && n != "__RequestVerificationToken")
                        .Distinct()
                        .ToList();
                    foreach (var (label, value) in new[] { ("blank", ""), ("oversized", Oversized) })
                    {
                        using var response = await session.PostAsync(action, names.ToDictionary(n => n, _ => value), page.Token);
                        var line = $"{(int)response.StatusCode} {email} {action} [{label}: {string.Join(", ", names)}]";
                        log.Add(line);
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{line} (form on {url})");
                        }
                    }
                }
            }
        }

        clock.Stop();
        var file = Path.Combine(AppContext.BaseDirectory, "fuzz-pages.log");
        await File.WriteAllLinesAsync(file, log, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{log.Count(l => !l.StartsWith("---", StringComparison.Ordinal))} posts to {forms} forms in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} answered >= 500; log: {file}");
        Assert.True(forms >= 15, $"only {forms} forms found");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(30)));
    }

    /// <summary>One page of each kind: <c>/Orders/114-0000001</c> and <c>/Orders/114-0000002</c> are the same form.</summary>
    private static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        var path = string.Join('/', parts[0].Split('/').Select(segment => segment.Any(char.IsAsciiDigit) ? "*" : segment));
        var query = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return path + "?" + query;
    }

    /// <summary>The pages reachable from the home page through the app's own links (no API, no files).</summary>
    private static async Task<List<(string Url, PageSession.Page Page)>> CrawlAsync(PageSession session, string[] seeds)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        var queue = new Queue<string>(["/", .. seeds]);
        var pages = new List<(string Url, PageSession.Page Page)>();
        while (queue.Count > 0 && pages.Count < MaxPagesPerRole)
        {
            var url = queue.Dequeue();
            var page = await session.GetAsync(url);
            if (page.Status != System.Net.HttpStatusCode.OK || !page.Html.Contains("<html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pages.Add((url, page));
            foreach (var link in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = link.Split('#')[0];
                if (path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
                    && !path.Contains("handler=", StringComparison.OrdinalIgnoreCase) && !path.Contains("/Label", StringComparison.OrdinalIgnoreCase)
                    && !path.Contains("Logout", StringComparison.OrdinalIgnoreCase) && seen.Add(Shape(path)))
                {
                    queue.Enqueue(path);
                }
            }
        }

        return pages;
    }
}
