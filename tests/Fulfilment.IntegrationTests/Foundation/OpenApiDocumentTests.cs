using System.Reflection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// <c>/openapi/v1.json</c> says what a client generator relies on: success codes and schemas, the problems each
/// operation can answer (as problem details with a <c>code</c>), the Idempotency-Key header, the bearer scheme.
/// </summary>
public sealed class OpenApiDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string ProblemJson = "application/problem+json";
    private const string ProblemRef = "#/components/schemas/ProblemDetails";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_is_valid_OpenAPI()
    {
        using var client = fixture.Anonymous();
        var text = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var settings = new OpenApiReaderSettings();
        settings.AddJsonReader();
        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, settings);
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.NotNull(read.Document);
        Assert.Empty(read.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task Creating_an_order_documents_201_with_its_schema_and_409_duplicate()
    {
        var operation = (await Document()).Operation("post", "/api/orders");
        var responses = operation.GetProperty("responses");
        Assert.False(responses.TryGetProperty("200", out _));
        var created = responses.GetProperty("201");
        Assert.Equal("#/components/schemas/OrderDetails", created.Schema("application/json").GetProperty("$ref").GetString());
        Assert.True(created.GetProperty("headers").TryGetProperty("Location", out _));
        Assert.Contains(ProblemCodes.Duplicate, Codes(responses, "409"));
        Assert.Contains(ProblemCodes.ValidationFailed, Codes(responses, "400"));
        Assert.Equal("CreateOrder", operation.GetProperty("operationId").GetString());
    }

    [Theory]
    [InlineData("post", "/api/freight-account/top-ups", "201", "TopUpResult")]
    [InlineData("post", "/api/sender-addresses", "201", "SenderAddressView")]
    [InlineData("post", "/api/orders/{orderNumber}/logistics-orders", "201", "LogisticsOrderView")]
    [InlineData("post", "/api/orders/{orderNumber}/shipping-notices", "201", "ShippingNoticeView")]
    [InlineData("post", "/api/admin/channels", "201", "ChannelView")]
    [InlineData("post", "/api/admin/warehouses", "201", "WarehouseView")]
    [InlineData("post", "/api/admin/users", "201", "UserView")]
    [InlineData("get", "/api/orders/{orderNumber}", "200", "OrderDetails")]
    [InlineData("post", "/api/auth/login", "200", "AccessTokenResponse")]
    public async Task Success_answers_name_their_status_and_schema(string method, string path, string status, string schema)
    {
        var responses = (await Document()).Operation(method, path).GetProperty("responses");
        Assert.Equal($"#/components/schemas/{schema}", responses.GetProperty(status).Schema("application/json").GetProperty("$ref").GetString());
        Assert.Single(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
    }

    [Fact]
    public async Task Deleting_a_sender_address_documents_204_without_a_body()
    {
        var responses = (await Document()).Operation("delete", "/api/sender-addresses/{id}").GetProperty("responses");
        Assert.False(responses.GetProperty("204").TryGetProperty("content", out _));
        Assert.Contains(ProblemCodes.NotFound, Codes(responses, "404"));
    }

    [Fact]
    public async Task Creating_a_logistics_order_documents_the_idempotency_key_and_every_conflict()
    {
        var document = await Document();
        var operation = document.Operation("post", "/api/orders/{orderNumber}/logistics-orders");
        var reference = Assert.Single(operation.GetProperty("parameters").EnumerateArray(), p => p.TryGetProperty("$ref", out _));
        Assert.Equal("#/components/parameters/IdempotencyKey", reference.GetProperty("$ref").GetString());
        var header = Assert.Single(document.Parameters(operation), p => p.GetProperty("in").GetString() == "header");
        Assert.Equal("Idempotency-Key", header.GetProperty("name").GetString());
        Assert.False(header.TryGetProperty("required", out var required) && required.GetBoolean());
        Assert.Equal(255, header.GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.Equal("string", header.GetProperty("schema").GetProperty("type").GetString());

        var responses = operation.GetProperty("responses");
        Assert.True(responses.TryGetProperty("201", out _));
        Assert.Contains(ProblemCodes.ValidationFailed, Codes(responses, "400"));
        Assert.Contains(ProblemCodes.NotFound, Codes(responses, "404"));
        Assert.Equal(
            new[]
            {
                ProblemCodes.FreightAccountUnbound, ProblemCodes.InsufficientBalance, ProblemCodes.DeductionDeclined,
                ProblemCodes.ChannelMismatchUnconfirmed, ProblemCodes.ChannelIneligible, ProblemCodes.NothingToShip, ProblemCodes.InvalidState,
            }.Order(),
            Codes(responses, "409").Order());
        Assert.Equal(new[] { ProblemCodes.IdempotencyKeyReused }, Codes(responses, "422"));
    }

    [Fact]
    public async Task Filing_a_notice_documents_the_handover_and_external_shipments()
    {
        var operation = (await Document()).Operation("post", "/api/orders/{orderNumber}/shipping-notices");
        Assert.Equal(
            new[] { ProblemCodes.NotHandedOver, ProblemCodes.NothingToShip, ProblemCodes.InvalidState }.Order(),
            Codes(operation.GetProperty("responses"), "409").Order());
        Assert.Contains("handedOver", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("externalShipments", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly_the_posts_that_charge_money_or_create_a_logistics_order_take_an_idempotency_key()
    {
        var document = await Document();
        var withKey = document.Operations()
            .Where(o => document.Parameters(o.Operation).Any(p => p.GetProperty("name").GetString() == "Idempotency-Key"))
            .Select(o => $"{o.Method} {o.Path}")
            .Order();
        Assert.Equal(
            new[] { "post /api/freight-account/top-ups", "post /api/orders/{orderNumber}/logistics-orders", "post /api/orders/bulk-logistics-orders", "post /api/warehouse/inbound" },
            withKey);
    }

    [Fact]
    public async Task A_bearer_scheme_secures_every_operation_but_signing_in_and_x_roles_names_the_role_it_needs()
    {
        var document = await Document();
        var scheme = document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.False(document.Root.TryGetProperty("security", out _));

        foreach (var (method, path, operation) in document.Operations())
        {
            if (path is "/api/auth/login" or "/api/auth/refresh")
            {
                Assert.False(operation.TryGetProperty("security", out _), $"{method} {path} is anonymous");
                Assert.False(operation.GetProperty("responses").TryGetProperty("403", out _));
                continue;
            }

            // A bearer requirement has no scopes (Spectral: oas3-operation-security-defined); the role is in x-roles.
            var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
            Assert.Empty(requirement.GetProperty("Bearer").EnumerateArray());
            var roles = operation.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Contains(ProblemCodes.Unauthorized, Codes(operation.GetProperty("responses"), "401"));
            var expected = path switch
            {
                "/api/me" or "/api/auth/logout" => null,
                _ when path.StartsWith("/api/admin/", StringComparison.Ordinal) => "Admin",
                _ when path.StartsWith("/api/warehouse/", StringComparison.Ordinal) => "WarehouseStaff",
                _ => "Seller",
            };
            Assert.Equal(expected is null ? [] : new[] { expected }, roles);
            Assert.Equal(expected is not null, operation.GetProperty("responses").TryGetProperty("403", out _));
            if (expected is not null)
            {
                Assert.Contains($"Role: {expected}.", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
            }
        }

        var login = document.Operation("post", "/api/auth/login").GetProperty("responses");
        Assert.Equal(new[] { ProblemCodes.Unauthorized, ProblemCodes.LockedOut }, Codes(login, "401"));
    }

    [Fact]
    public async Task Every_operation_documents_a_success_and_the_problems_its_input_can_cause()
    {
        var document = await Document();
        var operations = document.Operations().ToList();
        Assert.True(operations.Count >= 40, $"only {operations.Count} operations");
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct().Count());

        foreach (var (method, path, operation) in operations)
        {
            var name = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), name);
            Assert.NotEmpty(operation.GetProperty("tags").EnumerateArray());
            var responses = operation.GetProperty("responses");
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));

            var parameters = document.Parameters(operation);
            var hasBody = operation.TryGetProperty("requestBody", out _);
            if (parameters.Any(p => p.GetProperty("in").GetString() == "path"))
            {
                Assert.Contains(ProblemCodes.NotFound, Codes(responses, "404"));
            }

            if (hasBody)
            {
                Assert.Contains(ProblemCodes.ValidationFailed, Codes(responses, "400"));
                Assert.True(responses.TryGetProperty("413", out _), name);
                Assert.True(responses.TryGetProperty("415", out _), name);
            }

            // Every operation that takes input can answer 400 or 404; the four that take none (me, the freight account,
            // the channel and warehouse lists) can only refuse the caller, which 401/403 say.
            if (hasBody || parameters.Count > 0)
            {
                Assert.True(responses.TryGetProperty("400", out _) || responses.TryGetProperty("404", out _), name);
            }
            else
            {
                Assert.True(responses.TryGetProperty("401", out _), name);
            }

            foreach (var response in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var media = response.Value.GetProperty("content").GetProperty(ProblemJson);
                Assert.Equal(ProblemRef, media.GetProperty("schema").GetProperty("$ref").GetString());
                foreach (var example in media.GetProperty("examples").EnumerateObject())
                {
                    Assert.Equal(example.Name, example.Value.GetProperty("value").GetProperty("code").GetString());
                    Assert.Equal(int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), example.Value.GetProperty("value").GetProperty("status").GetInt32());
                }
            }
        }
    }

    [Fact]
    public async Task Problem_details_carry_code_and_errors_as_the_api_writes_them()
    {
        var document = await Document();
        var schema = document.Root.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains("code", required);
        var errors = schema.GetProperty("properties").GetProperty("errors");
        Assert.Equal("array", errors.GetProperty("additionalProperties").GetProperty("type").GetString());

        // What the schema requires, real answers have: a 404 from a service and a 401 from the authentication handler.
        using var seller = await fixture.SellerApi();
        using var anonymous = fixture.Anonymous();
        foreach (var response in new[] { await seller.GetAsync("/api/orders/NO-SUCH-ORDER", TestContext.Current.CancellationToken), await anonymous.GetAsync("/api/orders", TestContext.Current.CancellationToken) })
        {
            Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.All(required, property => Assert.True(body.TryGetProperty(property, out _), $"{(int)response.StatusCode} lacks {property}"));
        }
    }

    [Fact]
    public async Task Info_describes_the_conventions_and_every_error_code()
    {
        var info = (await Document()).Root.GetProperty("info");
        Assert.Equal("Fulfilment API", info.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("version").GetString()));
        var description = info.GetProperty("description").GetString()!;
        Assert.Contains("Enums are strings", description);
        Assert.Contains("two decimals", description);
        Assert.Contains("{items, total, page, pageSize", description);
        Assert.Contains($"{PageRequest.MaxSize}; outside those, `400 validation_failed`", description, StringComparison.Ordinal);
        foreach (var code in typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains($"`{code}`", description);
        }
    }

    [Fact]
    public async Task Schemas_say_what_the_json_is_money_integers_and_enums()
    {
        var schemas = (await Document()).Root.GetProperty("components").GetProperty("schemas");
        var freight = schemas.GetProperty("LogisticsOrderView").GetProperty("properties").GetProperty("freight");
        Assert.Equal("number", freight.GetProperty("type").GetString());
        Assert.Equal("decimal", freight.GetProperty("format").GetString());
        Assert.Equal("integer", schemas.GetProperty("PagedOfOrderSummary").GetProperty("properties").GetProperty("total").GetProperty("type").GetString());
        Assert.Equal("string", schemas.GetProperty("GoodsType").GetProperty("type").GetString());
        Assert.Contains("Battery", schemas.GetProperty("GoodsType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_label_format_is_the_closed_set_pdf_or_zpl_for_one_label_and_for_a_batch()
    {
        var document = await Document();
        var schemas = document.Root.GetProperty("components").GetProperty("schemas");
        var singleParameter = document.Operation("get", "/api/logistics-orders/{id}/label").GetProperty("parameters").EnumerateArray()
            .Single(p => p.TryGetProperty("name", out var name) && name.GetString() == "format").GetProperty("schema");
        Assert.Equal(["pdf", "zpl"], Closed(singleParameter, schemas).GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("pdf", singleParameter.GetProperty("default").GetString());

        var batch = document.Operation("post", "/api/labels");
        var request = Closed(batch.GetProperty("requestBody").Schema("application/json"), schemas);
        var format = Closed(request.GetProperty("properties").GetProperty("format"), schemas);
        Assert.Equal(["pdf", "zpl"], format.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Where(e => e is not null));
        var ok = batch.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(ok.TryGetProperty("application/pdf", out _));
        Assert.True(ok.TryGetProperty("text/plain", out _));
    }

    /// <summary>The schema a reference, an allOf wrapper or a nullable oneOf/anyOf stands for.</summary>
    private static JsonElement Closed(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Closed(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        }

        foreach (var wrapper in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(wrapper, out var parts))
            {
                return Closed(parts.EnumerateArray().First(part => !(part.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null")), schemas);
            }
        }

        return schema;
    }

    private async Task<ApiDocument> Document()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ApiDocument(await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    /// <summary>The problem codes a response documents (one example per code).</summary>
    private static List<string> Codes(JsonElement responses, string status)
    {
        Assert.True(responses.TryGetProperty(status, out var response), $"no {status} response");
        var media = response.GetProperty("content").GetProperty(ProblemJson);
        Assert.Equal(ProblemRef, media.GetProperty("schema").GetProperty("$ref").GetString());
        return [.. media.GetProperty("examples").EnumerateObject().Select(e => e.Name)];
    }

    private sealed record ApiDocument(JsonElement Root)
    {
        /// <summary>An operation's parameters, with references to shared ones resolved.</summary>
        public List<JsonElement> Parameters(JsonElement operation) =>
            operation.TryGetProperty("parameters", out var list)
                ? [.. list.EnumerateArray().Select(p => p.TryGetProperty("$ref", out var reference)
                    ? Root.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1])
                    : p)]
                : [];

        /// <summary>The schema a <c>$ref</c> names, or the schema itself.</summary>
        public JsonElement Resolve(JsonElement schema) =>
            schema.TryGetProperty("$ref", out var reference)
                ? Root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
                : schema;

        public JsonElement Operation(string method, string path) =>
            Root.GetProperty("paths").GetProperty(path).GetProperty(method);

        public IEnumerable<(string Method, string Path, JsonElement Operation)> Operations() =>
            from path in Root.GetProperty("paths").EnumerateObject()
            where path.Name.StartsWith("/api/", StringComparison.Ordinal)
            from operation in path.Value.EnumerateObject()
            where Methods.Contains(operation.Name)
            select (operation.Name, path.Name, operation.Value);
    }
}

internal static class OpenApiJson
{
    public static JsonElement Schema(this JsonElement response, string contentType) =>
        response.GetProperty("content").GetProperty(contentType).GetProperty("schema");
}
