using Microsoft.AspNetCore.TestHost;

namespace Fulfilment.IntegrationTests.Stores;

/// <summary>
/// Each store and warehouse works in its own time zone (Asia/Shanghai for the demo data): "today", "due today" and
/// "overdue" follow its day, and every time on its pages reads on its clocks, with the zone named. Storage and the API
/// stay UTC.
/// </summary>
public sealed class LocalTimeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Password = "Welcome-2026x";

    // 17:00 UTC is 01:00 of the next day in Shanghai: the hours in which a UTC day and a Chinese seller's day disagree.
    private static readonly DateTimeOffset SellerNight = new(DateTime.UtcNow.Date.AddHours(17), TimeSpan.Zero);

    [Fact]
    public async Task A_seller_at_1am_shanghai_time_sees_that_days_orders_due_today_and_the_previous_days_overdue()
    {
        var email = await NewSeller("Night Owl Crafts");
        await using var app = At(SellerNight);
        using var api = await ApiAs(app, email);
        var localToday = SellerNight.AddHours(8).Date; // Shanghai is UTC+08:00 all year
        var dueToday = new DateTimeOffset(localToday.AddHours(20), TimeSpan.FromHours(8)); // 20:00 local today = 12:00 UTC tomorrow
        var dueYesterday = new DateTimeOffset(localToday.AddMinutes(-30), TimeSpan.FromHours(8)); // 23:30 local yesterday
        await CreateOrder(api, "TZ-TODAY-1", dueToday);
        await CreateOrder(api, "TZ-LATE-1", dueYesterday);

        using var browser = await PageSession.SignInAsync(app, email, Password);
        var inbox = await browser.GetAsync("/Orders");
        Assert.Equal("DueToday", Row(inbox, "TZ-TODAY-1").GetAttribute("data-urgency"));
        Assert.NotNull(Row(inbox, "TZ-TODAY-1").QuerySelector("[data-testid=due-today]"));
        Assert.Equal("Overdue", Row(inbox, "TZ-LATE-1").GetAttribute("data-urgency"));
        Assert.NotNull(Row(inbox, "TZ-LATE-1").QuerySelector("[data-testid=overdue]"));
        // The ship-by time reads on the seller's clocks, and the page names the zone once.
        Assert.Contains(localToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 20:00", Row(inbox, "TZ-TODAY-1").TextContent);
        Assert.Equal("Times in Asia/Shanghai (UTC+08:00)", inbox.Document.QuerySelector("[data-testid=time-zone]")!.TextContent.Trim());
        Assert.Single(inbox.Document.QuerySelectorAll("[data-testid=time-zone]"));

        var home = await browser.GetAsync("/");
        Assert.Equal("1 overdue", home.Document.QuerySelector("[data-testid=stat-overdue]")!.TextContent.Trim());
        Assert.Equal("1 due today", home.Document.QuerySelector("[data-testid=stat-due-today]")!.TextContent.Trim());

        var details = await browser.GetAsync("/Orders/TZ-TODAY-1");
        Assert.Contains(localToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 20:00", details.Document.QuerySelector("[data-testid=ship-by]")!.TextContent);

        // The API keeps answering instants in UTC, with their offset.
        var order = await (await api.GetAsync("/api/orders/TZ-TODAY-1", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        var shipBy = order.GetProperty("shipBy").GetString()!;
        Assert.Equal(dueToday.ToUniversalTime(), DateTimeOffset.Parse(shipBy, CultureInfo.InvariantCulture));
        Assert.True(shipBy.EndsWith('Z') || shipBy.EndsWith("+00:00", StringComparison.Ordinal), shipBy);

        // On UTC's day the same order is not due today yet: the store's zone is what decides.
        Assert.Equal("UTC", (await (await api.PutAsJsonAsync("/api/store", new { timeZone = "UTC" }, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK)).GetProperty("timeZone").GetString());
        inbox = await browser.GetAsync("/Orders");
        Assert.Equal("Upcoming", Row(inbox, "TZ-TODAY-1").GetAttribute("data-urgency"));
        Assert.Equal("Times in UTC (UTC+00:00)", inbox.Document.QuerySelector("[data-testid=time-zone]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_warehouse_today_is_its_local_day_and_shows_local_times()
    {
        var storeId = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(storeId, 1000m);
        var early = await fixture.App.ParcelAsync(storeId);
        var late = await fixture.App.ParcelAsync(storeId);
        var startOfLocalDay = LocalTime.Of("Asia/Shanghai").StartOfDay(DateTimeOffset.UtcNow);
        await Receive(early.Id, startOfLocalDay.AddMinutes(1)); // 00:01 in Hangzhou today (16:01 UTC yesterday)
        await Receive(late.Id, startOfLocalDay.AddMinutes(-1)); // 23:59 in Hangzhou yesterday

        using var browser = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        var today = await browser.GetAsync("/Warehouse");
        var received = today.Document.QuerySelector("[data-testid=received-today]")!;
        var row = Assert.Single(received.QuerySelectorAll("tr"), r => r.TextContent.Contains(early.WaybillNumber, StringComparison.Ordinal));
        Assert.Contains("00:01", row.TextContent);
        Assert.DoesNotContain(late.WaybillNumber, received.TextContent);
        Assert.Equal("Times in Asia/Shanghai (UTC+08:00)", today.Document.QuerySelector("[data-testid=time-zone]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_seller_changes_the_store_time_zone_on_the_store_page_and_an_unknown_zone_is_a_field_error()
    {
        var email = await NewSeller("Berlin Bazaar");
        using var browser = await fixture.BrowserAs(email, Password);

        var refused = await browser.SubmitAsync("/Store", new Dictionary<string, string> { ["Input.TimeZone"] = "Mars/Olympus_Mons" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Unknown time zone", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var saved = await browser.SubmitAsync("/Store", new Dictionary<string, string> { ["Input.TimeZone"] = "Europe/Berlin" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await browser.GetAsync("/Store");
        Assert.Equal("Europe/Berlin", page.Document.QuerySelector("[data-testid=time-zone-input]")!.GetAttribute("value"));
        Assert.StartsWith("Times in Europe/Berlin (UTC+0", page.Document.QuerySelector("[data-testid=time-zone]")!.TextContent.Trim());

        using var api = await fixture.ApiAs(email, Password);
        Assert.Equal("Europe/Berlin", (await (await api.GetAsync("/api/store", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK)).GetProperty("timeZone").GetString());
        var spelled = await (await api.PutAsJsonAsync("/api/store", new { timeZone = "asia/shanghai" }, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Asia/Shanghai", spelled.GetProperty("timeZone").GetString());
        foreach (var bad in new[] { "Mars/Olympus_Mons", "China Standard Time", "../../etc/passwd", "", "Asia/Shanghai\u0000" })
        {
            var problem = await Problems.AssertAsync(await api.PutAsJsonAsync("/api/store", new { timeZone = bad }, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.GetProperty("errors").TryGetProperty("timeZone", out _), bad);
        }
    }

    [Fact]
    public async Task Admins_set_the_time_zone_of_a_warehouse_and_of_a_store_and_unknown_zones_are_refused()
    {
        using var admin = await fixture.AdminApi();
        var warehouse = await (await admin.GetAsync("/api/admin/warehouses/SZ-COLLECT", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Asia/Shanghai", warehouse.GetProperty("timeZone").GetString());

        var body = System.Text.Json.Nodes.JsonNode.Parse(warehouse.GetRawText())!.AsObject();
        body["timeZone"] = "Nowhere/Atlantis";
        var problem = await Problems.AssertAsync(await admin.PutAsJsonAsync("/api/admin/warehouses/SZ-COLLECT", body, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("timeZone", out _));
        body["timeZone"] = "Asia/Urumqi";
        Assert.Equal("Asia/Urumqi", (await (await admin.PutAsJsonAsync("/api/admin/warehouses/SZ-COLLECT", body, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK)).GetProperty("timeZone").GetString());

        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var edit = await browser.GetAsync("/Admin/Warehouses/Edit/SZ-COLLECT");
        Assert.Equal("Asia/Urumqi", edit.Document.QuerySelector("[data-testid=time-zone-input]")!.GetAttribute("value"));
        Assert.Equal("Times in UTC (UTC+00:00)", edit.Document.QuerySelector("[data-testid=time-zone]")!.TextContent.Trim());

        var storeId = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        var refused = await browser.SubmitAsync("/Admin/Stores", new Dictionary<string, string> { ["Input.TimeZone"] = "Nowhere/Atlantis" }, formAction: $"id={storeId}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Unknown time zone", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var saved = await browser.SubmitAsync("/Admin/Stores", new Dictionary<string, string> { ["Input.TimeZone"] = "America/Sao_Paulo" }, formAction: $"id={storeId}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stores = await (await admin.GetAsync("/api/admin/stores", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        var second = stores.EnumerateArray().Single(s => s.GetProperty("name").GetString() == DemoSeeder.SecondStoreName);
        Assert.Equal("America/Sao_Paulo", second.GetProperty("timeZone").GetString());
        await Problems.AssertAsync(await admin.PutAsJsonAsync($"/api/admin/stores/{storeId}", new { timeZone = "Pluto/Base" }, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
        await Problems.AssertAsync(await admin.PutAsJsonAsync("/api/admin/stores/999999", new { timeZone = "UTC" }, TestContext.Current.CancellationToken), HttpStatusCode.NotFound, "not_found");
    }

    private WebApplicationFactory<Program> At(DateTimeOffset now) =>
        fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FixedClock(now))));

    private async Task<string> NewSeller(string storeName)
    {
        var email = $"{Guid.NewGuid():N}@zone.test";
        using var admin = await fixture.AdminApi();
        await (await admin.PostJson("/api/admin/users", new { email, password = Password, role = "Seller", storeName })).JsonAsync(HttpStatusCode.Created);
        return email;
    }

    private static async Task<HttpClient> ApiAs(WebApplicationFactory<Program> app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await (await client.PostJson("/api/auth/login", new { email, password = Password })).JsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task CreateOrder(HttpClient api, string number, DateTimeOffset shipBy)
    {
        var order = OrderJson.Order(number);
        order["placedAt"] = SellerNight.AddDays(-2);
        order["shipBy"] = shipBy;
        await (await api.PostJson("/api/orders", order)).JsonAsync(HttpStatusCode.Created);
    }

    private static AngleSharp.Dom.IElement Row(PageSession.Page page, string orderNumber) =>
        page.Document.QuerySelector($"[data-testid=order-row][data-order='{orderNumber}']") ?? throw new Xunit.Sdk.XunitException($"No row for {orderNumber}");

    private async Task Receive(long parcelId, DateTimeOffset at)
    {
        await using var db = fixture.App.Db();
        await db.LogisticsOrders.Where(l => l.Id == parcelId).ExecuteUpdateAsync(
            s => s.SetProperty(l => l.Status, LogisticsOrderStatus.ReceivedAtWarehouse).SetProperty(l => l.ReceivedAt, at).SetProperty(l => l.MeasuredWeightGrams, 300),
            TestContext.Current.CancellationToken);
    }
}
