using System.Reflection;

namespace Fulfilment.IntegrationTests.Contract;

/// <summary>
/// The description is complete and exact for a client generator: request schemas state the validators' required fields
/// and limits, closed sets are enums, every property and parameter is described for a client, every JSON request body and
/// success answer has an example, every operation answers a <c>default</c> problem, files are binary.
/// </summary>
public sealed partial class ContractDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Request_schemas_state_the_validators_required_fields_and_limits()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        string[] Required(string schema) => [.. schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(r => r.GetString()!)];
        JsonElement Property(string schema, string property) => schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);

        Assert.Equal(["orderNumber", "buyerName", "placedAt", "shipBy", "recipient", "lines"], Required("CreateOrderRequest"));
        Assert.Equal(40, Property("CreateOrderRequest", "orderNumber").GetProperty("maxLength").GetInt32());
        Assert.Equal("^[A-Za-z0-9][A-Za-z0-9_-]*$", Property("CreateOrderRequest", "orderNumber").GetProperty("pattern").GetString());
        Assert.Equal(1, Property("CreateOrderRequest", "lines").GetProperty("minItems").GetInt32());
        Assert.Equal(100, Property("CreateOrderRequest", "lines").GetProperty("maxItems").GetInt32());
        Assert.Equal("string", Property("CreateOrderRequest", "orderNumber").GetProperty("type").GetString()); // required: not null

        Assert.Equal(["amount"], Required("TopUpRequest"));
        Assert.Equal(0, Property("TopUpRequest", "amount").GetProperty("exclusiveMinimum").GetDecimal());
        Assert.Equal(100000, Property("TopUpRequest", "amount").GetProperty("maximum").GetDecimal());

        Assert.Equal(100, Property("ParcelRequest", "contentsDescription").GetProperty("maxLength").GetInt32());
        Assert.Contains("weightGrams", Required("ParcelRequest"));
        Assert.Equal(1, Property("LabelBatchRequest", "logisticsOrderIds").GetProperty("minItems").GetInt32());
        Assert.Equal(500, Property("LabelBatchRequest", "logisticsOrderIds").GetProperty("maxItems").GetInt32());
        Assert.Contains("agreementAccepted", Required("CreateLogisticsOrderRequest"));
        Assert.DoesNotContain("lines", Required("CreateLogisticsOrderRequest")); // null packs everything that remains
        Assert.Equal(["name", "phone", "countryCode", "city", "line1"], Required("Address"));
        Assert.Equal(["code", "name", "kind", "address"], Required("WarehouseRequest"));
        Assert.Equal("CN", Property("ChannelRequest", "originCountry").GetProperty("default").GetString()); // omitted: a default, not required

        // Conditional rules (a seller's store, staff's warehouse) never make a field required.
        Assert.Equal(["email", "password", "role"], Required("NewUserRequest"));
        Assert.Equal("#/components/schemas/Role", Property("NewUserRequest", "role").GetProperty("$ref").GetString());

        // Computed members are not request fields.
        Assert.False(schemas.GetProperty("BindAccountRequest").GetProperty("properties").TryGetProperty("normalizedAccountNumber", out _));
    }

    [Fact]
    public async Task Every_request_body_schema_lists_required_fields_and_every_request_string_a_limit()
    {
        var document = await Document();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var visited = new HashSet<string>();
        var failures = new List<string>();
        void Visit(string name, bool top)
        {
            if (!visited.Add(name))
            {
                return;
            }

            var schema = schemas.GetProperty(name);
            // A notice names parcels, or shipments sent by the seller's own carrier, or both: no one field is required.
            if (top && !schema.TryGetProperty("required", out _) && name != "FileNoticeRequest")
            {
                failures.Add($"{name} lists no required fields");
            }

            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                var value = property.Value;
                foreach (var branch in value.TryGetProperty("oneOf", out var oneOf) ? [value, .. oneOf.EnumerateArray()] : new[] { value })
                {
                    if (branch.TryGetProperty("$ref", out var reference) && schemas.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("properties", out _))
                    {
                        Visit(reference.GetString()!.Split('/')[^1], top: false);
                    }
                }

                var types = Types(value);
                // A pattern bounds the text too (a waybill number is two letters, nine digits, two letters).
                if (types.Contains("string") && !new[] { "maxLength", "enum", "format", "pattern" }.Any(k => value.TryGetProperty(k, out _)))
                {
                    failures.Add($"{name}.{property.Name} has no maxLength");
                }

                if (types.Contains("array") && !value.TryGetProperty("items", out _))
                {
                    failures.Add($"{name}.{property.Name} has no items");
                }
            }
        }

        foreach (var operation in Operations(document))
        {
            if (operation.TryGetProperty("requestBody", out var body))
            {
                var schema = body.GetProperty("content").GetProperty("application/json").GetProperty("schema");
                var reference = schema.TryGetProperty("$ref", out var direct) ? direct
                    : schema.GetProperty("oneOf").EnumerateArray().Single(s => s.TryGetProperty("$ref", out _)).GetProperty("$ref");
                Visit(reference.GetString()!.Split('/')[^1], top: true);
            }
        }

        // Documented gaps: a refresh token and an account number are checked by what they are, not by a length.
        failures.RemoveAll(f => f is "RefreshRequest.refreshToken has no maxLength" or "BindAccountRequest.accountNumber has no maxLength");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(visited.Count >= 15, $"only {visited.Count} request schemas");
    }

    [Fact]
    public async Task Closed_sets_are_enums_and_problem_codes_include_every_code()
    {
        var document = await Document();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var codes = schemas.GetProperty("ProblemDetails").GetProperty("properties").GetProperty("code").GetProperty("enum").EnumerateArray().Select(c => c.GetString()).ToList();
        foreach (var code in typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
        {
            Assert.Contains(code, codes);
        }

        Assert.Equal(["Seller", "WarehouseStaff", "Admin"], schemas.GetProperty("Role").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["pdf", "zpl"], schemas.GetProperty("LabelFormat").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("#/components/schemas/LogisticsOrderStatus", QueryParameter(document, "/api/logistics-orders", "status").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Role", QueryParameter(document, "/api/admin/users", "role").GetProperty("$ref").GetString());
        foreach (var array in new[] { "ChannelQuoteView", "ChannelView", "ChannelRequest" })
        {
            Assert.Equal("#/components/schemas/GoodsType", schemas.GetProperty(array).GetProperty("properties").GetProperty("goodsTypes").GetProperty("items").GetProperty("$ref").GetString());
        }

        // An enum's own schema is a plain string; a nullable use says null beside it.
        foreach (var schema in schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)))
        {
            Assert.Equal("string", schema.Value.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Every_property_and_parameter_is_described_for_a_client()
    {
        var document = await Document();
        var failures = new List<string>();
        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var properties in PropertyLists(schema.Value))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    var text = property.Value.TryGetProperty("description", out var description) ? description.GetString() : null;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        failures.Add($"{schema.Name}.{property.Name} has no description");
                    }
                }
            }
        }

        foreach (var operation in Operations(document))
        {
            foreach (var parameter in operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [])
            {
                if (!parameter.TryGetProperty("$ref", out _) && !parameter.TryGetProperty("description", out _))
                {
                    failures.Add($"{operation.GetProperty("operationId").GetString()} parameter {parameter.GetProperty("name").GetString()} has no description");
                }
            }

            if (!operation.TryGetProperty("description", out var text) || string.IsNullOrWhiteSpace(text.GetString()))
            {
                failures.Add($"{operation.GetProperty("operationId").GetString()} has no description");
            }
        }

        // No text generated from C# doc comments that names C# types, nor files a client does not have.
        foreach (var text in Texts(document))
        {
            if (CSharpLeak().IsMatch(text))
            {
                failures.Add($"C# leaks into: {text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_json_request_body_and_success_answer_has_an_example_and_files_are_binary()
    {
        var document = await Document();
        var failures = new List<string>();
        foreach (var operation in Operations(document))
        {
            var id = operation.GetProperty("operationId").GetString();
            if (operation.TryGetProperty("requestBody", out var body) && !body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _))
            {
                failures.Add($"{id}: request body without example");
            }

            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("default", out var fallback), $"{id} has no default answer");
            Assert.Equal("#/components/schemas/ProblemDetails", fallback.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
            foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('2')))
            {
                foreach (var media in response.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().ToList() : [])
                {
                    if (media.Name == "application/json" && !media.Value.TryGetProperty("example", out _))
                    {
                        failures.Add($"{id} {response.Name}: no example");
                    }
                    else if (media.Name != "application/json")
                    {
                        Assert.Equal("binary", media.Value.GetProperty("schema").GetProperty("format").GetString());
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var label = document.GetProperty("paths").GetProperty("/api/logistics-orders/{id}/label").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("binary", label.GetProperty("application/pdf").GetProperty("schema").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_document_names_no_host_and_says_whom_to_contact()
    {
        var document = await Document();
        Assert.Equal("/", Assert.Single(document.GetProperty("servers").EnumerateArray()).GetProperty("url").GetString());
        Assert.True(document.GetProperty("info").GetProperty("contact").TryGetProperty("email", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("TimelineData", out var data));
        Assert.True(data.GetProperty("x-keys-by-kind").TryGetProperty("LogisticsOrderCreated", out _));
    }

    [Fact]
    public async Task A_route_miss_answers_a_not_found_problem_with_its_code()
    {
        using var seller = await fixture.SellerApi();
        foreach (var path in new[] { "/api/logistics-orders/abc", "/api/no-such-thing" })
        {
            var response = await seller.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal(ProblemCodes.NotFound, body.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_human_readable_reference_renders_the_served_document()
    {
        using var client = fixture.Anonymous();
        var page = await client.GetAsync("/api-reference/index.html", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Fulfilment API reference", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var script = await client.GetStringAsync("/api-reference/index.js", TestContext.Current.CancellationToken);
        Assert.Contains("/openapi/v1.json", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"&lt;|&gt;|\.md\b|\b(string|long|int|decimal|bool|List|IReadOnlyList)\??\s+[A-Z]\w*\.[A-Z]\w*")]
    private static partial Regex CSharpLeak();

    private static IEnumerable<JsonElement> PropertyLists(JsonElement schema)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            yield return properties;
        }

        foreach (var part in schema.TryGetProperty("allOf", out var allOf) ? allOf.EnumerateArray().ToList() : [])
        {
            if (part.TryGetProperty("properties", out var partProperties))
            {
                yield return partProperties;
            }
        }
    }

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "description" or "summary" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else if (property.Name is not ("example" or "examples"))
                    {
                        foreach (var text in Texts(property.Value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Texts(item))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static JsonElement QueryParameter(JsonElement document, string path, string name) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.TryGetProperty("name", out var n) && n.GetString() == name).GetProperty("schema");

    private static IEnumerable<JsonElement> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/", StringComparison.Ordinal)
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select operation.Value;

    private async Task<JsonElement> Document()
    {
        using var client = fixture.Anonymous();
        return await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
    }
}
