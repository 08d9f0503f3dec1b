namespace Fulfilment.IntegrationTests.Admin;

public sealed class UserAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Password = "Welcome-2026x";

    [Fact]
    public async Task Sellers_join_a_new_or_an_existing_store_and_staff_their_warehouse()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var fresh = await (await admin.PostJson("/api/admin/users", new { email = "new.seller@shop.test", password = Password, role = "Seller", storeName = "Lotus Crafts" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Lotus Crafts", fresh.GetProperty("storeName").GetString());
        var joining = await (await admin.PostJson("/api/admin/users", new { email = "second.login@shop.test", password = Password, role = "Seller", storeName = "demo store" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(DemoSeeder.DemoStoreName, joining.GetProperty("storeName").GetString());
        var staff = await (await admin.PostJson("/api/admin/users", new { email = "sz.staff@warehouse.test", password = Password, role = "WarehouseStaff", warehouseCode = "sz-collect" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("SZ-COLLECT", staff.GetProperty("warehouseCode").GetString());

        using var seller = await fixture.ApiAs("second.login@shop.test", Password);
        var me = await (await seller.GetAsync("/api/me", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(await fixture.App.StoreIdAsync(), me.GetProperty("storeId").GetInt64());
        using var staffApi = await fixture.ApiAs("sz.staff@warehouse.test", Password);
        Assert.Equal(HttpStatusCode.OK, (await staffApi.GetAsync("/api/warehouse/pickup-requests", ct)).StatusCode);
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.Stores.CountAsync(s => s.Name == "Lotus Crafts", ct));

        var list = await (await admin.GetAsync("/api/admin/users?role=WarehouseStaff", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.All(list.GetProperty("items").EnumerateArray(), u => Assert.Equal("WarehouseStaff", u.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Bad_fields_are_named_and_a_known_email_is_a_duplicate()
    {
        using var admin = await fixture.AdminApi();
        var errors = (await Problems.AssertAsync(await admin.PostJson("/api/admin/users", new { email = "not-an-email", password = "short", role = "Seller" }), HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.True(errors.TryGetProperty("storeName", out _));
        errors = (await Problems.AssertAsync(await admin.PostJson("/api/admin/users", new { email = "x@y.test", password = Password, role = "Boss" }), HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("role", out _));
        errors = (await Problems.AssertAsync(await admin.PostJson("/api/admin/users", new { email = "long@y.test", password = "Aa1!" + new string('x', 15_000), role = "Admin" }), HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors");
        Assert.Equal("At most 128 characters.", errors.GetProperty("password")[0].GetString());
        errors = (await Problems.AssertAsync(await admin.PostJson("/api/admin/users", new { email = "x@y.test", password = Password, role = "WarehouseStaff", warehouseCode = "NOWHERE" }), HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("warehouseCode", out _));
        var duplicate = await Problems.AssertAsync(await admin.PostJson("/api/admin/users", new { email = DemoSeeder.SellerEmail, password = Password, role = "Admin" }), HttpStatusCode.Conflict, "duplicate");
        Assert.True(duplicate.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task A_disabled_users_token_stops_working_at_once_and_works_again_after_enabling()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var user = await (await admin.PostJson("/api/admin/users", new { email = "to.disable@shop.test", password = Password, role = "Seller", storeName = DemoSeeder.SecondStoreName })).JsonAsync(HttpStatusCode.Created);
        var id = user.GetProperty("id").GetGuid();
        using var api = await fixture.ApiAs("to.disable@shop.test", Password);
        using var browser = await fixture.BrowserAs("to.disable@shop.test", Password);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me", ct)).StatusCode);

        var disabled = await (await admin.PostJson($"/api/admin/users/{id}/disable", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.True(disabled.GetProperty("isDisabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me", ct)).StatusCode);
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Login", page.Location);
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "to.disable@shop.test", password = Password }, ct)).StatusCode);

        (await admin.PostJson($"/api/admin/users/{id}/enable", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "to.disable@shop.test", password = Password }, ct)).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_and_the_users_page_creates_with_field_errors()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var me = await (await admin.GetAsync("/api/admin/users?q=admin@demo.test", ct)).JsonAsync(HttpStatusCode.OK);
        var myId = me.GetProperty("items")[0].GetProperty("id").GetGuid();
        await Problems.AssertAsync(await admin.PostJson($"/api/admin/users/{myId}/disable", new { }), HttpStatusCode.Conflict, "invalid_state");
        await Problems.AssertAsync(await admin.PostJson($"/api/admin/users/{Guid.NewGuid()}/disable", new { }), HttpStatusCode.NotFound, "not_found");

        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var form = new Dictionary<string, string> { ["Input.Email"] = "page.staff@warehouse.test", ["Input.Password"] = "weak", ["Input.Role"] = "WarehouseStaff", ["Input.WarehouseCode"] = "" };
        var response = await browser.SubmitAsync("/Admin/Users", form);
        var html = await response.Content.ReadAsStringAsync(ct);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.NotNull(page.FieldError("Input.Password"));
        Assert.Equal("Required.", page.FieldError("Input.WarehouseCode"));

        form["Input.Password"] = Password;
        form["Input.WarehouseCode"] = "HZ-COLLECT";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync("/Admin/Users", form)).StatusCode);
        var list = await browser.GetAsync("/Admin/Users?role=WarehouseStaff");
        Assert.Contains("page.staff@warehouse.test", list.Text);
    }
}
