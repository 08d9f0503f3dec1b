namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>Requests as a careless or hostile client writes them: raw JSON text, any content type, any method.</summary>
internal static class Raw
{
    public static Task<HttpResponseMessage> SendRaw(this HttpClient client, HttpMethod method, string url, string? body, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string? body, string? contentType = "application/json") =>
        client.SendRaw(HttpMethod.Post, url, body, contentType);

    /// <summary>A 400 validation_failed whose errors name <paramref name="field"/> (exactly as given).</summary>
    public static async Task<JsonElement> AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{field} not in: {errors}");
        Assert.True(messages.GetArrayLength() > 0 && messages.EnumerateArray().All(m => !string.IsNullOrWhiteSpace(m.GetString())), errors.ToString());
        return problem;
    }

    /// <summary>An order body as JSON text, with one property replaced by raw JSON (e.g. <c>"\"abc\""</c>).</summary>
    public static string Order(string orderNumber, string? path = null, string? json = null)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Orders.OrderJson.Order(orderNumber)))!.AsObject();
        if (path is not null)
        {
            System.Text.Json.Nodes.JsonNode target = node;
            var parts = path.Split('.');
            foreach (var part in parts[..^1])
            {
                target = part.EndsWith(']')
                    ? target[part[..part.IndexOf('[', StringComparison.Ordinal)]]![int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!
                    : target[part]!;
            }

            target[parts[^1]] = json is null ? null : System.Text.Json.Nodes.JsonNode.Parse(json);
        }

        return node.ToJsonString();
    }
}
