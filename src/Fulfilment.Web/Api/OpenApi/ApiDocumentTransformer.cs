namespace Fulfilment.Web.Api.OpenApi;

/// <summary>The document as a whole: what the API is, its conventions and error codes, the bearer scheme, the areas (tags).</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerSchemeId = "Bearer";

    private static readonly (string Name, string Description)[] Tags =
    [
        ("Auth", "Sign in with email and password for a bearer token, refresh it, and see who it belongs to. There is no self-registration: admins create users."),
        ("Freight account", "Seller: the store's freight deduction account, which pays every parcel's freight and return fee; its top-ups and its ledger."),
        ("Sender addresses", "Seller: the store's sender address book; the default is used when a logistics order names none."),
        ("Orders", "Seller: marketplace orders awaiting shipment, added by the store's order system."),
        ("Online shipping", "Seller: quote the channels for an order, then create a logistics order (charged to the freight account)."),
        ("Logistics orders", "Seller: the store's parcels, their labels, and cancelling one before a warehouse receives it."),
        ("Labels", "Seller: many labels in one PDF or one ZPL document."),
        ("Shipping notices", "Seller: tell the marketplace the parcels are on their way, and confirm a partial shipment complete."),
        ("Warehouse", "Warehouse staff: the own warehouse's pickup requests and inbound scans."),
        ("Admin", "Admin: logistics channels and their rate cards, warehouses and their service areas, users."),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Fulfilment API",
            Version = "1.0.0",
            Description = Description(),
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
        };
        AddBearerScheme(document);

        // Relative to where the document was fetched: the request's Host header (which a client chooses) is never echoed.
        document.Servers = [new OpenApiServer { Url = "/" }];

        // File answers are described inline as binary (ApiOperationTransformer); nothing refers to a Stream schema.
        document.Components?.Schemas?.Remove(nameof(Stream));

        // The areas in the order a seller meets them, then warehouse and admin; each with what it is for.
        var existing = document.Tags ?? new HashSet<OpenApiTag>();
        document.Tags = new HashSet<OpenApiTag>();
        foreach (var (name, description) in Tags)
        {
            document.Tags.Add(new OpenApiTag { Name = name, Description = description });
        }

        foreach (var tag in existing.Where(t => !Tags.Any(known => known.Name == t.Name)))
        {
            document.Tags.Add(tag);
        }

        return Task.CompletedTask;
    }

    /// <summary>Registers the bearer scheme operations refer to (once).</summary>
    public static void AddBearerScheme(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(BearerSchemeId, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description =
                "The `accessToken` from `POST /api/auth/login` (or `/api/auth/refresh`), sent as `Authorization: Bearer <accessToken>`. " +
                "It is opaque (not a JWT) and expires after `expiresIn` seconds; refresh it with the `refreshToken`.",
        });
    }

    private static string Description()
    {
        var text = new StringBuilder(
            $$"""
            Online shipping for cross-border marketplace sellers: the freight account, orders, logistics orders (parcels), labels
            and shipping notices; warehouse pickup requests and inbound scans; admin configuration of channels, warehouses and users.
            The Razor Pages UI and this API call the same services, so both enforce the same rules.

            ## Conventions
            - **JSON** with camelCase names. **Enums are strings** (`"AwaitingShipment"`). Dates and times are ISO 8601 in UTC.
            - **Money** is a JSON number with **two decimals** (`12.50`; schema `type: number, format: decimal`), in {{Money.DefaultCurrency}}.
              Weights are whole grams.
            - **Auth**: `POST /api/auth/login` `{email, password}` answers `{tokenType: "Bearer", accessToken, expiresIn, refreshToken}`;
              send `Authorization: Bearer <accessToken>` on every other `/api` call (security scheme `{{BearerSchemeId}}`; an operation's
              requirement lists the role it is for: Seller, WarehouseStaff or Admin). Five failed sign-ins in a row for one email lock it
              for five minutes (an unknown email answers the same). **A refresh token works once**: `POST /api/auth/refresh`
              `{refreshToken}` answers a new access and refresh token, and the access token from before stops working; presenting a
              spent refresh token again revokes its whole family (every token descended from that sign-in). `POST /api/auth/logout`
              answers 204 and revokes the caller's access and refresh tokens.
            - **Rate limits** (defaults; configurable under `Security:RateLimits`): sign-in and refresh 20 a minute per client
              address and 10 per 5 minutes per account; 600 requests a minute per bearer token; 300 a minute per client address
              without a token. Past a limit the answer is `429 rate_limited` with `Retry-After` (seconds). Limits are counted
              per instance of the app (each keeps its own counts); the sign-in lockout is counted in the database, across instances.
            - Authenticated answers carry `Cache-Control: no-store`.
            - **Lists** take `?page=1&pageSize={{PageRequest.DefaultSize}}` (`page` 1 to {{PageRequest.MaxPage}}, `pageSize` 1 to
              {{PageRequest.MaxSize}}; outside those, `400 validation_failed` naming the parameter) and answer
              `{items, total, page, pageSize, pageCount}`.
            - **Input that cannot be read** is `400 validation_failed` with `errors` naming the field or query parameter: a wrong
              type, money given as a string, an enum given by number instead of name, text holding a NUL character. A missing or
              `null` JSON body is read as `{}`, so the required fields are named. Another method on a known path is
              `405 method_not_allowed` (with `Allow`); a body that is not `application/json` is `415 unsupported_media_type`.
            - **Idempotency**: the POSTs that charge money or create a logistics order (`POST /api/freight-account/top-ups`,
              `POST /api/orders/{orderNumber}/logistics-orders`, `POST /api/warehouse/inbound`) take an optional
              `Idempotency-Key` header (1 to {{IdempotencyKey.MaxLength}} printable characters). A repeat with the same key and body
              answers the first response and does nothing again, also when both arrive at once; the same key with another body is
              `422 idempotency_key_reused`.
            - Another store's or another warehouse's resource is `404 not_found`, as if it did not exist.
            - `GET /healthz` answers 200 when the database does; this description is `GET /openapi/v1.json`.

            ## Errors
            Every error is RFC 9457 problem details (`application/problem+json`, schema `ProblemDetails`) with a stable `code`
            to switch on; `detail` is for people. Bad input never answers 500. Each operation lists the problems it can answer,
            with an example per code.

            | code | status | meaning |
            | --- | --- | --- |

            """);
        foreach (var kind in ProblemCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{kind.Code}` | {kind.Status} | {kind.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }
}
