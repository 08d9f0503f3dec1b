using Documented = Fulfilment.Timeline;

namespace Fulfilment.IntegrationTests.Contract;

// Inside the namespace: the generated client's models win over the app's types of the same name (global usings).
#pragma warning disable IDE0065 // deliberately inside: nearer usings win over the project's global ones
using Fulfilment.Client;
using Fulfilment.Client.Models;
#pragma warning restore IDE0065

/// <summary>
/// What an integrator gets from the served description: Kiota (the local dotnet tool) generates the C# client from it,
/// which must be exactly the published <c>src/Fulfilment.Client</c> (so the client the journey drives is the one the
/// document generates); then the seller journey runs through that client only: sign in, bind the account, a sender
/// address, an order, quotes, a logistics order (and its idempotent replay), the label PDF, and a typed 409 problem.
/// </summary>
public sealed class GeneratedClientTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>The options the published client is generated with (README, "API client").</summary>
    public static readonly string[] KiotaArguments =
    [
        "kiota", "generate", "--language", "CSharp", "--class-name", "FulfilmentApiClient", "--namespace-name", "Fulfilment.Client",
        "--exclude-backward-compatible", "--clean-output", "--log-level", "Error",
    ];

    private static string GeneratedDirectory => Path.Combine(ContractTools.RepositoryRoot, "src", "Fulfilment.Client", "Generated");

    [Fact]
    public async Task Kiota_generates_the_published_client_from_the_served_document()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = fixture.Anonymous();
        var document = ContractTools.TempFile(await anonymous.GetStringAsync("/openapi/v1.json", ct), ".json");
        var output = Path.Combine(Path.GetTempPath(), $"fulfilment-client-{Guid.NewGuid():N}");
        try
        {
            var root = ContractTools.RepositoryRoot;
            var environment = new Dictionary<string, string> { ["KIOTA_UPDATE__DISABLED"] = "true", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
            var restore = await ContractTools.RunAsync("dotnet", ["tool", "restore"], root, TimeSpan.FromMinutes(3), environment);
            Assert.True(restore.ExitCode == 0, $"dotnet tool restore failed:\n{restore.Output}\n{restore.Error}");
            var generate = await ContractTools.RunAsync("dotnet", [.. KiotaArguments, "--openapi", document, "--output", output], root, TimeSpan.FromMinutes(3), environment);
            Assert.True(generate.ExitCode == 0, $"kiota generate failed:\n{generate.Output}\n{generate.Error}");

            var generated = Files(output);
            var published = Files(GeneratedDirectory);
            if (Environment.GetEnvironmentVariable("FULFILMENT_UPDATE_CLIENT") == "1")
            {
                Directory.Delete(GeneratedDirectory, recursive: true);
                foreach (var (path, _) in generated)
                {
                    var target = Path.Combine(GeneratedDirectory, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(Path.Combine(output, path), target);
                }

                return;
            }

            Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, text) in generated)
            {
                Assert.True(Code(text) == Code(published[path]), $"src/Fulfilment.Client/Generated/{path} differs from what the served document generates: run FULFILMENT_UPDATE_CLIENT=1 dotnet test --filter GeneratedClientTests");
            }
        }
        finally
        {
            File.Delete(document);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_seller_ships_an_order_through_the_generated_client()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = fixture.Anonymous();
        var baseUrl = http.BaseAddress!;

        // Sign in.
        var anonymous = FulfilmentClients.Create(baseUrl, http: http);
        var token = await anonymous.Api.Auth.Login.PostAsync(new LoginRequest { Email = DemoSeeder.SellerEmail, Password = DemoSeeder.Password }, cancellationToken: ct);
        Assert.Equal(AccessTokenResponse_tokenType.Bearer, token!.TokenType);
        var api = FulfilmentClients.Create(baseUrl, token.AccessToken, http).Api;
        var me = await api.Me.GetAsync(cancellationToken: ct);
        Assert.Equal(Role.Seller, me!.Role);

        // Bind the freight account (a bank card the sandbox approves), top up, add a sender address.
        var account = await api.FreightAccount.PutAsync(new BindAccountRequest { Method = PaymentMethod.BankCard, HolderName = "Li Wei", AccountNumber = "4111 1111 1111 1111" }, cancellationToken: ct);
        Assert.Equal(FreightAccountStatus.Bound, account!.Status);
        var topUpKey = Guid.NewGuid().ToString();
        var topUp = await api.FreightAccount.TopUps.PostAsync(new TopUpRequest { Amount = 200.00m }, c => c.Headers.Add("Idempotency-Key", topUpKey), ct);
        var replayedTopUp = await api.FreightAccount.TopUps.PostAsync(new TopUpRequest { Amount = 200.00m }, c => c.Headers.Add("Idempotency-Key", topUpKey), ct);
        Assert.Equal(topUp!.Balance, replayedTopUp!.Balance);
        var sender = await api.SenderAddresses.PostAsync(new SenderAddressRequest
        {
            Name = "Demo Store", Phone = "+86 571 8888 0000", CountryCode = "CN", Province = "Zhejiang", City = "Hangzhou",
            PostalCode = "311100", Line1 = "1 Wenyi Rd", IsDefault = true,
        }, cancellationToken: ct);

        // An order from the store's order system.
        var orderNumber = $"SDK-{Guid.NewGuid():N}"[..20];
        var order = new CreateOrderRequest
        {
            OrderNumber = orderNumber, BuyerName = "Jane Doe", BuyerChannelCode = "CAINIAO_STANDARD",
            PlacedAt = DateTimeOffset.UtcNow.AddHours(-2), ShipBy = DateTimeOffset.UtcNow.AddDays(3),
            Recipient = new Address { Name = "Jane Doe", Phone = "+1 555 0100", CountryCode = "US", Province = "CA", City = "San Francisco", PostalCode = "94103", Line1 = "1 Market St" },
            Lines = [new OrderLineRequest { Sku = "A-1", Title = "Phone case", Quantity = 1, UnitPrice = 12.50m, WeightGrams = 400 }],
        };
        var created = await api.Orders.PostAsync(order, cancellationToken: ct);
        Assert.Equal(orderNumber, created!.OrderNumber);

        // The same order again is a typed 409 problem with its code.
        var duplicate = await Assert.ThrowsAsync<ProblemDetails>(() => api.Orders.PostAsync(order, cancellationToken: ct));
        Assert.Equal(409, duplicate.ResponseStatusCode);
        Assert.Equal(ProblemDetails_code.Duplicate, duplicate.Code);

        // Quotes, then a logistics order on the buyer's channel; a retry with the same key answers the same parcel.
        var quotes = await api.Orders[orderNumber].ChannelQuotes.GetAsync(c => c.QueryParameters.WeightGrams = 420, ct);
        var chosen = Assert.Single(quotes!, q => q.IsBuyerChoice == true);
        Assert.True(chosen.Eligible);
        var request = new CreateLogisticsOrderRequest
        {
            ChannelCode = chosen.ChannelCode, GoodsType = GoodsType.General, SenderAddressId = sender!.Id,
            Parcel = new ParcelRequest { WeightGrams = 420, ContentsDescription = "Phone case" },
            Handover = HandoverChoice.Auto, Undeliverable = UndeliverableHandling.Return, AgreementAccepted = true,
        };
        var key = Guid.NewGuid().ToString();
        var parcel = await api.Orders[orderNumber].LogisticsOrders.PostAsync(request, c => c.Headers.Add("Idempotency-Key", key), ct);
        var replay = await api.Orders[orderNumber].LogisticsOrders.PostAsync(request, c => c.Headers.Add("Idempotency-Key", key), ct);
        Assert.Equal(parcel!.Id, replay!.Id);
        Assert.Equal(parcel.WaybillNumber, replay.WaybillNumber);
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, parcel.Status);
        Assert.Equal(chosen.Freight, parcel.Freight);

        // The same key with another body is 422 idempotency_key_reused.
        var reused = await Assert.ThrowsAsync<ProblemDetails>(() => api.Orders[orderNumber].LogisticsOrders.PostAsync(
            new CreateLogisticsOrderRequest
            {
                ChannelCode = request.ChannelCode, GoodsType = request.GoodsType, SenderAddressId = request.SenderAddressId,
                Parcel = new ParcelRequest { WeightGrams = 500, ContentsDescription = "Phone case" },
                Handover = request.Handover, Undeliverable = request.Undeliverable, AgreementAccepted = true,
            },
            c => c.Headers.Add("Idempotency-Key", key), ct));
        Assert.Equal(ProblemDetails_code.Idempotency_key_reused, reused.Code);

        // The label, as the PDF the generated method downloads.
        await using (var label = await api.LogisticsOrders[parcel.Id!.Value].Label.GetAsync(c => c.QueryParameters.Format = LabelFormat.Pdf, ct))
        {
            using var bytes = new MemoryStream();
            await label!.CopyToAsync(bytes, ct);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes.ToArray(), 0, 5), StringComparison.Ordinal);
        }

        // The order now shows the parcel, and its timeline carries the data keys the description documents per kind.
        var details = await api.Orders[orderNumber].GetAsync(cancellationToken: ct);
        Assert.Contains(details!.LogisticsOrders!, p => p.Id == parcel.Id);
        Assert.NotEmpty(details.Timeline!);
        foreach (var entry in details.Timeline!)
        {
            var kind = Enum.Parse<Documented.TimelineEventKind>(entry.Kind!.Value.ToString());
            var keys = Keys(entry.Data!);
            var documented = Documented.TimelineData.Keys(kind);
            Assert.True(keys.All(documented.Contains), $"{kind} carries {string.Join(", ", keys)}; documented: {string.Join(", ", documented)}");
        }

        // A problem the operation does not list by status is still parsed (the default response).
        var missing = await Assert.ThrowsAsync<ProblemDetails>(() => api.LogisticsOrders[long.MaxValue].GetAsync(cancellationToken: ct));
        Assert.Equal(ProblemDetails_code.Not_found, missing.Code);
    }

    /// <summary>The keys a typed timeline data object carries: its described ones that are set, and any others.</summary>
    private static List<string> Keys(TimelineData data)
    {
        var keys = typeof(TimelineData).GetProperties()
            .Where(p => p.Name != nameof(data.AdditionalData) && p.PropertyType == typeof(string) && p.GetValue(data) is not null)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToList();
        keys.AddRange(data.AdditionalData.Keys);
        return keys;
    }

    private static Dictionary<string, string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>The code without its doc comments (Kiota words a shared schema's summary from whichever use it meets first).</summary>
    private static string Code(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)));
}
