namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// An example for every JSON request body and JSON success answer, built from the schema itself (so it always fits it:
/// the contract test lints every example against its schema) with realistic values per field name, and written out in
/// full for the requests a seller sends most.
/// </summary>
internal static class ApiExamples
{
    private const string Json = "application/json";

    /// <summary>Values per JSON field name; anything else is made from the schema's type and limits.</summary>
    private static readonly Dictionary<string, JsonNode> Values = new(StringComparer.Ordinal)
    {
        ["email"] = "seller@example.com",
        ["password"] = "correct-horse-battery-staple",
        ["accessToken"] = "CfDJ8Nx2...opaque...kQ",
        ["refreshToken"] = "CfDJ8Nx2...opaque...rT",
        ["expiresIn"] = 3600,
        ["orderNumber"] = "114-0000001",
        ["buyerName"] = "Jane Doe",
        ["buyerChannelCode"] = "CAINIAO_STANDARD",
        ["buyerChannelName"] = "Cainiao Standard Shipping",
        ["channelCode"] = "CAINIAO_STANDARD",
        ["code"] = "CAINIAO_STANDARD",
        ["carrier"] = "Cainiao",
        ["serviceIndicator"] = "LP",
        ["waybillNumber"] = "LP000000017CN",
        ["waybillNumbers"] = new JsonArray("LP000000017CN"),
        ["countryCode"] = "US",
        ["originCountry"] = "CN",
        ["destinationCountry"] = "US",
        ["rateCountryCode"] = "US",
        ["phone"] = "+1 555 0100",
        ["name"] = "Jane Doe",
        ["holderName"] = "Li Wei",
        ["accountNumber"] = "4111 1111 1111 1111",
        ["accountMasked"] = "**** 1111",
        ["province"] = "CA",
        ["city"] = "San Francisco",
        ["postalCode"] = "94103",
        ["line1"] = "1 Market St",
        ["line2"] = "Suite 100",
        ["sku"] = "A-1",
        ["title"] = "Phone case",
        ["contentsDescription"] = "Phone case",
        ["description"] = "Phone case",
        ["hsCode"] = "392690",
        ["currency"] = "CNY",
        ["storeName"] = "Demo Store",
        ["warehouseCode"] = "HZ-COLLECT",
        ["pickupWarehouseCode"] = "HZ-COLLECT",
        ["reason"] = "Outside our collection hours this week.",
        ["actor"] = "seller@example.com",
        ["cities"] = new JsonArray("Hangzhou"),
        ["postalCodePrefixes"] = new JsonArray("311"),
        ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ["weightGrams"] = 420,
        ["measuredWeightGrams"] = 430,
        ["maxWeightGrams"] = 30000,
        ["minChargeableGrams"] = 50,
        ["chargeableGrams"] = 420,
        ["lengthCm"] = 20,
        ["widthCm"] = 15,
        ["heightCm"] = 5,
        ["quantity"] = 1,
        ["page"] = 1,
        ["pageSize"] = 50,
        ["total"] = 1,
        ["pageCount"] = 1,
        ["amount"] = 100.00m,
        ["balance"] = 100.00m,
        ["freight"] = 21.35m,
        ["unitPrice"] = 12.50m,
        ["declaredValue"] = 12.50m,
        ["value"] = 12.50m,
        ["perKg"] = 80.00m,
        ["registrationFee"] = 8.00m,
        ["returnServiceFee"] = 3.00m,
        ["agreementAccepted"] = true,
        ["active"] = true,
        ["eligible"] = true,
    };

    /// <summary>Requests written out in full: what the API description (and api.md) shows integrators first.</summary>
    private static readonly Dictionary<string, Func<JsonNode>> Whole = new(StringComparer.Ordinal)
    {
        ["CreateLogisticsOrderRequest"] = () => new JsonObject
        {
            ["channelCode"] = "CAINIAO_STANDARD",
            ["goodsType"] = "General",
            ["confirmChannelMismatch"] = false,
            ["recipient"] = null,
            ["senderAddressId"] = 3,
            ["parcel"] = new JsonObject
            {
                ["weightGrams"] = 420, ["lengthCm"] = 20, ["widthCm"] = 15, ["heightCm"] = 5,
                ["declaredValue"] = 12.50m, ["contentsDescription"] = "Phone case",
            },
            ["lines"] = null,
            ["handover"] = "Auto",
            ["undeliverable"] = "Return",
            ["agreementAccepted"] = true,
        },
        ["LoginRequest"] = () => new JsonObject { ["email"] = "seller@example.com", ["password"] = "correct-horse-battery-staple" },
        ["TopUpRequest"] = () => new JsonObject { ["amount"] = 500.00m },
        ["BindAccountRequest"] = () => new JsonObject { ["method"] = "BankCard", ["holderName"] = "Li Wei", ["accountNumber"] = "4111 1111 1111 1111" },
        ["LabelBatchRequest"] = () => new JsonObject { ["logisticsOrderIds"] = new JsonArray(17, 18) },
        ["NewUserRequest"] = () => new JsonObject { ["email"] = "packer@example.com", ["password"] = "correct-horse-battery-staple", ["role"] = "WarehouseStaff", ["warehouseCode"] = "HZ-COLLECT" },
    };

    public static void AddTo(OpenApiDocument document)
    {
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()).Select(o => o.Value))
        {
            if (operation.RequestBody?.Content?.TryGetValue(Json, out var body) == true && body.Example is null && body.Examples is not { Count: > 0 })
            {
                body.Example = For(body.Schema, document);
            }

            foreach (var (_, response) in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')))
            {
                if (response.Content?.TryGetValue(Json, out var media) == true && media.Example is null && media.Examples is not { Count: > 0 })
                {
                    media.Example = For(media.Schema, document);
                }
            }
        }
    }

    private static JsonNode? For(IOpenApiSchema? schema, OpenApiDocument document)
    {
        var id = schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;
        return id is not null && Whole.TryGetValue(id, out var whole) ? whole() : Make(schema, null, document, 0);
    }

    private static JsonNode? Make(IOpenApiSchema? schema, string? name, OpenApiDocument document, int depth)
    {
        if (schema is null || depth > 32)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var target = reference.Reference.Id is { } id && document.Components?.Schemas?.TryGetValue(id, out var found) == true ? found : null;
            return Make(target, name, document, depth + 1);
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return Make(oneOf.FirstOrDefault(s => s.Type != JsonSchemaType.Null) ?? oneOf[0], name, document, depth + 1);
        }

        if (schema.AllOf is { Count: > 0 } allOf)
        {
            var merged = new JsonObject();
            foreach (var part in allOf)
            {
                if (Make(part, name, document, depth + 1) is JsonObject partObject)
                {
                    foreach (var (key, value) in partObject.ToList())
                    {
                        partObject.Remove(key);
                        merged[key] = value;
                    }
                }
            }

            return merged;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            var named = name is not null && Values.TryGetValue(name, out var preferred) && values.Any(v => JsonNode.DeepEquals(v, preferred)) ? preferred : null;
            return (named ?? values.FirstOrDefault(v => v is not null))?.DeepClone();
        }

        var type = (schema.Type ?? JsonSchemaType.Object) & ~JsonSchemaType.Null;
        if (name is not null && Values.TryGetValue(name, out var known) && Fits(known, type))
        {
            return known.DeepClone();
        }

        if ((type & JsonSchemaType.Object) != 0 || schema.Properties is { Count: > 0 })
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                result[property] = Make(propertySchema, property, document, depth + 1);
            }

            if (result.Count == 0 && schema.AdditionalProperties is { } additional && Make(additional, null, document, depth + 1) is { } sample)
            {
                result["key"] = sample;
            }

            return result;
        }

        if ((type & JsonSchemaType.Array) != 0)
        {
            var array = new JsonArray();
            var count = Math.Max(1, schema.MinItems ?? 1);
            for (var i = 0; i < count; i++)
            {
                array.Add(Make(schema.Items, Singular(name), document, depth + 1));
            }

            return array;
        }

        if ((type & JsonSchemaType.Boolean) != 0)
        {
            return false;
        }

        if ((type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0)
        {
            var low = decimal.TryParse(schema.Minimum ?? schema.ExclusiveMinimum, NumberStyles.Number, CultureInfo.InvariantCulture, out var min) ? min : 1;
            var number = Math.Max(1, schema.ExclusiveMinimum is null ? low : low + 1);
            return (type & JsonSchemaType.Integer) != 0 ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        if ((type & JsonSchemaType.String) != 0)
        {
            return schema.Format switch
            {
                "date-time" => "2026-03-02T08:30:00+00:00",
                "date" => "2026-03-02",
                "uuid" => "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                "uri" or "uri-reference" => "https://example.com/",
                "binary" => null,
                _ => Text(schema.MaxLength),
            };
        }

        return null;
    }

    private static string Text(int? maxLength) => maxLength is { } max && max < 7 ? new string('A', Math.Max(1, max)) : "example";

    private static string? Singular(string? name) => name switch
    {
        null => null,
        "waybillNumbers" => "waybillNumber",
        "logisticsOrderIds" => "logisticsOrderId",
        "cities" => "city",
        _ => name.EndsWith('s') ? name[..^1] : name,
    };

    private static bool Fits(JsonNode value, JsonSchemaType type) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => (type & JsonSchemaType.String) != 0,
        System.Text.Json.JsonValueKind.Number => (type & (JsonSchemaType.Number | JsonSchemaType.Integer)) != 0
            && ((type & JsonSchemaType.Number) != 0 || (value is JsonValue v && (v.TryGetValue<int>(out _) || v.TryGetValue<long>(out _)))),
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => (type & JsonSchemaType.Boolean) != 0,
        System.Text.Json.JsonValueKind.Array => (type & JsonSchemaType.Array) != 0,
        _ => false,
    };
}
