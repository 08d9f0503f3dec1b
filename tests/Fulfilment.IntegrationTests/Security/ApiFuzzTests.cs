namespace Fulfilment.IntegrationTests.Security;

/// <summary>
/// Walks every operation of the served <c>/openapi/v1.json</c> as its role and sends what a careless or hostile client
/// would: nulls, wrong types, huge and odd-unicode strings, negative and huge numbers, unknown enum values, in every
/// body property (two levels deep), query parameter and path parameter. Not one answer may be 500 or above.
/// Every request tried is written to <c>fuzz-api.log</c> beside the test assembly. ASVS 5.0 V2.2.1 (input validation),
/// V16.5.3 (errors fail safely).
/// </summary>
public sealed class ApiFuzzTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static readonly string Huge = new('x', 70_000);
    private const string OddUnicode = "\u202Eevil\u200D\uFEFF\U0001D518\u0301 \u5F20\u4F1F \U0001F3F3\uFE0F\u200D\U0001F308 \uFFFD\uD800";

    private static IEnumerable<(string Label, JsonNode? Value)> Mutations(JsonElement? schema)
    {
        yield return ("null", null);
        yield return ("huge string", JsonValue.Create(Huge));
        yield return ("odd unicode", JsonValue.Create(OddUnicode));
        yield return ("negative", JsonValue.Create(-1));
        yield return ("huge integer", JsonNode.Parse("99999999999999999999999999"));
        yield return ("huge float", JsonNode.Parse("1e308"));
        yield return ("boolean", JsonValue.Create(true));
        yield return ("object", new JsonObject { ["a"] = 1 });
        yield return ("array", new JsonArray(1, "x", null));
        if (schema is { } s && s.TryGetProperty("enum", out _))
        {
            yield return ("unknown enum", JsonValue.Create("NoSuchValue"));
            yield return ("enum by number", JsonValue.Create(1));
        }
    }

    private static readonly string[] PathValues = ["-1", "99999999999999999999", Uri.EscapeDataString(OddUnicode), new string('9', 3000), "..%2F..%2Fetc%2Fpasswd"];
    private static readonly string[] QueryValues = ["", "-1", "99999999999999999999", "NoSuchValue", Uri.EscapeDataString(OddUnicode), new string('x', 5000), "%00"];

    [Fact]
    public async Task No_operation_answers_500_for_anything_a_client_can_send()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = fixture.Anonymous();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", ct)).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        // Valid bodies and real path values, so a mutation gets past the first check and reaches the code behind it.
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 100_000m);
        var parcel = await fixture.App.ParcelAsync(store);
        var order = await fixture.App.FreshOrderAsync();
        using var admin = await fixture.AdminApi();
        var warehouse = JsonNode.Parse(await admin.GetStringAsync("/api/admin/warehouses/HZ-COLLECT", ct))!;
        var channel = JsonNode.Parse(await admin.GetStringAsync("/api/admin/channels/CAINIAO_STANDARD", ct))!;
        var address = new JsonObject
        {
            ["name"] = "Zhang Wei", ["phone"] = "+86 138 0000 1111", ["countryCode"] = "CN", ["province"] = "Guangdong",
            ["city"] = "Shenzhen", ["postalCode"] = "518000", ["line1"] = "No. 1 Keji Road", ["line2"] = "Floor 2",
        };
        var ship = Shipments.Body("CAINIAO_STANDARD");
        ship["recipient"] = address.DeepClone();
        ship["lines"] = new JsonArray(new JsonObject { ["sku"] = order.Lines[0].Sku, ["quantity"] = 1 });
        var bases = new Dictionary<string, JsonNode>
        {
            ["PUT /api/freight-account"] = new JsonObject { ["method"] = "BankCard", ["holderName"] = "Zhang Wei", ["accountNumber"] = "6222020000000000" },
            ["POST /api/freight-account/top-ups"] = new JsonObject { ["amount"] = 10 },
            ["POST /api/sender-addresses"] = address.DeepClone(),
            ["POST /api/orders"] = JsonSerializer.SerializeToNode(OrderJson.Order("FUZZ", lines: OrderJson.Line("FZ-1", 1)))!,
            ["POST /api/orders/{orderNumber}/logistics-orders"] = ship,
            ["POST /api/orders/{orderNumber}/shipping-notices"] = new JsonObject
            {
                ["waybillNumbers"] = new JsonArray(parcel.WaybillNumber),
                ["handedOver"] = true,
                ["externalShipments"] = new JsonArray(new JsonObject
                {
                    ["carrierName"] = "SF", ["trackingNumber"] = "SF123", ["trackingUrl"] = "https://sf.example/SF123",
                    ["lines"] = new JsonArray(new JsonObject { ["sku"] = order.Lines[0].Sku, ["quantity"] = 1 }),
                }),
                ["shippedAt"] = "2026-12-01T10:00:00Z",
            },
            ["POST /api/labels"] = new JsonObject { ["logisticsOrderIds"] = new JsonArray(parcel.Id) },
            ["POST /api/warehouse/inbound"] = new JsonObject { ["waybillNumber"] = parcel.WaybillNumber, ["measuredWeightGrams"] = 300 },
            ["POST /api/warehouse/pickup-requests/{id}/reject"] = new JsonObject { ["reason"] = "Closed" },
            ["POST /api/admin/warehouses"] = warehouse.DeepClone(),
            ["PUT /api/admin/warehouses/{code}"] = warehouse.DeepClone(),
            ["POST /api/admin/channels"] = channel.DeepClone(),
            ["PUT /api/admin/channels/{code}"] = channel.DeepClone(),
            ["POST /api/admin/users"] = new JsonObject { ["email"] = "fuzz@demo.test", ["password"] = "Fuzz-password-1", ["role"] = "Seller", ["storeName"] = "Fuzz store" },
            ["POST /api/auth/login"] = new JsonObject { ["email"] = "fuzz@demo.test", ["password"] = "whatever-123" },
        };
        string RealValue(string pathTemplate, string parameter) => parameter switch
        {
            "orderNumber" => order.OrderNumber,
            "code" when pathTemplate.Contains("channels", StringComparison.Ordinal) => "CAINIAO_STANDARD",
            "code" => "HZ-COLLECT",
            _ => parcel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var unique = 0;
        void Fresh(string operation, string? mutated, JsonNode body)
        {
            // A new order number each time, so a mutation is not simply answered 409 duplicate.
            if (operation == "POST /api/orders" && mutated != "orderNumber" && body is JsonObject o)
            {
                o["orderNumber"] = $"FZ-{Interlocked.Increment(ref unique)}";
            }
        }

        var clients = new Dictionary<string, HttpClient>
        {
            ["Seller"] = await fixture.SellerApi(),
            ["WarehouseStaff"] = await fixture.WarehouseApi(),
            ["Admin"] = await fixture.AdminApi(),
            [""] = anonymous,
        };

        var requests = new List<(string Operation, HttpClient Client, HttpMethod Method, string Url, string? Body, string Tried)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (!path.Value.TryGetProperty(method, out var operation) || path.Name == "/api/auth/logout")
                {
                    continue;
                }

                // Roles are named in the operation's x-roles (the security requirement only says "a bearer token").
                var role = operation.TryGetProperty("x-roles", out var roles) && roles.ValueKind == JsonValueKind.Array && roles.GetArrayLength() > 0
                    ? roles[0].GetString()!
                    : operation.TryGetProperty("security", out var security)
                        ? security.EnumerateArray().SelectMany(r => r.EnumerateObject()).SelectMany(r => r.Value.EnumerateArray()).Select(v => v.GetString()!).FirstOrDefault() ?? "Seller"
                        : "";
                var client = clients.GetValueOrDefault(role) ?? clients["Seller"];
                var name = $"{method.ToUpperInvariant()} {path.Name}";
                // Shared parameters ($ref, e.g. Idempotency-Key) are headers: only inline path and query parameters matter here.
                var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Where(x => x.TryGetProperty("in", out _)).ToList() : [];
                var pathParams = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList();
                var queryParams = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList();
                string Url(string? pathValue, string? query = null)
                {
                    var url = path.Name;
                    foreach (var parameter in pathParams)
                    {
                        url = url.Replace("{" + parameter + "}", pathValue ?? Uri.EscapeDataString(RealValue(path.Name, parameter)), StringComparison.Ordinal);
                    }

                    return query is null ? url : url + "?" + query;
                }

                JsonElement? bodySchema = operation.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? Resolve(json.GetProperty("schema"), schemas)
                    : null;
                var valid = bases.TryGetValue(name, out var known) ? known : bodySchema is { } b ? Sample(b, schemas, 0) : null;
                string? basePath = null;
                var httpMethod = new HttpMethod(method.ToUpperInvariant());

                foreach (var value in PathValues.Take(pathParams.Count > 0 ? PathValues.Length : 0))
                {
                    requests.Add((name, client, httpMethod, Url(value), valid?.ToJsonString(), $"path = {value[..Math.Min(40, value.Length)]}"));
                }

                if (valid is not null)
                {
                    var first = valid.DeepClone();
                    Fresh(name, null, first);
                    requests.Add((name, client, httpMethod, Url(basePath), first.ToJsonString(), "valid body"));
                }

                foreach (var query in queryParams)
                {
                    foreach (var value in QueryValues)
                    {
                        requests.Add((name, client, httpMethod, Url(basePath, $"{Uri.EscapeDataString(query)}={value}"), valid?.ToJsonString(), $"query {query} = {value[..Math.Min(40, value.Length)]}"));
                    }
                }

                if (bodySchema is null)
                {
                    continue;
                }

                foreach (var whole in new[] { "null", "[]", "\"text\"", "{\"a\":", new string('[', 5000) })
                {
                    requests.Add((name, client, httpMethod, Url(basePath), whole, $"body = {whole[..Math.Min(20, whole.Length)]}"));
                }

                foreach (var (fieldPath, fieldSchema) in Fields(bodySchema.Value, schemas, "", 0))
                {
                    foreach (var (label, mutation) in Mutations(fieldSchema))
                    {
                        var body = valid!.DeepClone();
                        Set(body, fieldPath, mutation?.DeepClone());
                        Fresh(name, fieldPath, body);
                        requests.Add((name, client, httpMethod, Url(basePath), body.ToJsonString(), $"{fieldPath} = {label}"));
                    }
                }
            }
        }

        var log = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (r, token) =>
        {
            using var request = new HttpRequestMessage(r.Method, r.Url);
            if (r.Body is not null)
            {
                request.Content = new StringContent(r.Body, Encoding.UTF8, "application/json");
            }

            using var response = await r.Client.SendAsync(request, token);
            var line = $"{(int)response.StatusCode} {r.Operation} [{r.Tried}]";
            log.Add(line);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{line} {r.Url[..Math.Min(200, r.Url.Length)]} {r.Body?[..Math.Min(300, r.Body.Length)]}");
            }
        });
        clock.Stop();

        var file = Path.Combine(AppContext.BaseDirectory, "fuzz-api.log");
        await File.WriteAllLinesAsync(file, log.Order(StringComparer.Ordinal), ct);
        var operations = requests.Select(r => r.Operation).Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine($"{requests.Count} requests over {operations} operations in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} answered >= 500; log: {file}");
        foreach (var status in log.GroupBy(l => l[..3]).OrderBy(g => g.Key))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {status.Key}: {status.Count()}");
        }

        Assert.True(operations >= 30, $"only {operations} operations found in the document");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(30)));
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var i = 0; i < 10 && schema.TryGetProperty("$ref", out var reference); i++)
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var pick = options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                if (pick.ValueKind == JsonValueKind.Object)
                {
                    return Resolve(pick, schemas);
                }
            }
        }

        return schema;
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static JsonNode? Sample(JsonElement schema, JsonElement schemas, int depth)
    {
        schema = Resolve(schema, schemas);
        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }

        switch (TypeOf(schema))
        {
            case "object" when depth < 4:
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        result[property.Name] = Sample(property.Value, schemas, depth + 1);
                    }
                }

                return result;
            case "array" when depth < 4:
                return schema.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, schemas, depth + 1)) : new JsonArray();
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(1.5m);
            case "boolean":
                return JsonValue.Create(true);
            case "string":
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                return JsonValue.Create(format switch
                {
                    "date-time" => "2026-12-01T10:00:00Z",
                    "date" => "2026-12-01",
                    _ => "A-1",
                });
            default:
                return null;
        }
    }

    /// <summary>Every property two levels deep (array items as <c>[0]</c>), with its schema.</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> Fields(JsonElement schema, JsonElement schemas, string prefix, int depth)
    {
        schema = Resolve(schema, schemas);
        if (depth > 2)
        {
            yield break;
        }

        if (TypeOf(schema) == "array" && schema.TryGetProperty("items", out var items))
        {
            foreach (var field in Fields(items, schemas, prefix + "[0]", depth + 1))
            {
                yield return field;
            }

            yield break;
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var resolved = Resolve(property.Value, schemas);
            yield return (path, resolved);
            foreach (var nested in Fields(resolved, schemas, path, depth + 1))
            {
                yield return nested;
            }
        }
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (parts[i] == "[0]")
            {
                if (node is not JsonArray array || array.Count == 0)
                {
                    return;
                }

                if (last)
                {
                    array[0] = value;
                    return;
                }

                node = array[0]!;
                continue;
            }

            if (node is not JsonObject obj)
            {
                return;
            }

            if (last)
            {
                obj[parts[i]] = value;
                return;
            }

            node = obj[parts[i]];
            if (node is null)
            {
                return;
            }
        }
    }
}
