using Fulfilment.Web.Localization;

namespace Fulfilment.IntegrationTests.Admin;

/// <summary>Every page of the warehouse and admin consoles, and their refusals, read in Chinese with no text left untranslated.</summary>
public sealed class ChineseConsoleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_consoles_have_no_untranslated_text_in_chinese()
    {
        var missing = fixture.App.Services.GetRequiredService<MissingTranslations>();
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var requested = await fixture.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested);
        var accepted = await fixture.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested);
        await fixture.App.ParcelAsync(storeId, mode: HandoverMode.SelfSend);
        missing.Clear();

        using var staff = await fixture.BrowserAs(DemoSeeder.WarehouseEmail, culture: "zh-CN");
        var pickups = await staff.GetAsync("/Warehouse/Pickups");
        Assert.Contains("揽收申请", pickups.Text);
        await staff.PostAsync("/Warehouse/Pickups?handler=Accept", new Dictionary<string, string> { ["ids"] = (await fixture.App.PickupRequestOfAsync(accepted.Id)).Id.ToString() }, pickups.Token);
        var rejected = await staff.PostAsync("/Warehouse/Pickups?handler=Reject", new Dictionary<string, string> { ["ids"] = (await fixture.App.PickupRequestOfAsync(requested.Id)).Id.ToString(), ["Reason"] = "" }, pickups.Token);
        Assert.Contains("必填", await rejected.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        foreach (var path in new[] { "/Warehouse", "/Warehouse/Pickups?status=Accepted", "/Warehouse/Pickups?status=Rejected", "/Warehouse/Pickups/Sheet", "/Warehouse/Inbound" })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(path)).Status);
        }

        var inbound = await staff.GetAsync("/Warehouse/Inbound");
        foreach (var (waybill, grams) in new[] { (requested.WaybillNumber, "300"), ("LP1", "0"), (accepted.WaybillNumber, "300") })
        {
            await staff.PostAsync("/Warehouse/Inbound", new Dictionary<string, string> { ["Input.WaybillNumber"] = waybill, ["Input.MeasuredWeightGrams"] = grams }, inbound.Token);
        }

        using var admin = await fixture.BrowserAs(DemoSeeder.AdminEmail, culture: "zh-CN");
        foreach (var path in new[] { "/Admin/Channels", "/Admin/Channels/Edit", "/Admin/Channels/Edit/YANWEN_SPECIAL", "/Admin/Warehouses", "/Admin/Warehouses/Edit/HZ-COLLECT", "/Admin/Users" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).Status);
        }

        var channel = await admin.SubmitAsync("/Admin/Channels/Edit", new Dictionary<string, string> { ["Input.Code"] = "x y", ["Input.ServiceIndicator"] = "x", ["Input.Rates[0].CountryCode"] = "QQ" });
        Assert.Contains("两个大写字母", await channel.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await admin.SubmitAsync("/Admin/Warehouses/Edit", new Dictionary<string, string> { ["Input.Code"] = "", ["Input.Kind"] = "Collection" });
        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["Input.Email"] = "bad", ["Input.Password"] = "x", ["Input.Role"] = "Seller" });

        // Other test classes run in parallel in this process; count only the texts these pages use.
        var mine = missing.All.Where(m => m.Contains(" WarehouseText:", StringComparison.Ordinal) || m.Contains(" AdminText:", StringComparison.Ordinal) || m.Contains(" SharedText:", StringComparison.Ordinal)).ToList();
        Assert.True(mine.Count == 0, "Untranslated: " + string.Join("; ", mine));
    }
}
