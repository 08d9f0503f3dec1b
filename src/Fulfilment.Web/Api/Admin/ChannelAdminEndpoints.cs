namespace Fulfilment.Web.Api.Admin;

/// <summary><c>/api/admin/channels</c>: logistics channels and their rate cards. Deactivate with <c>active: false</c>.</summary>
internal sealed class ChannelAdminEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/channels").RequireAuthorization(Policies.ApiAdmin).WithTags("Admin");
        group.MapGet("/", async (ChannelAdminService service, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await service.List(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)))
            .WithSummary("The channels, active first, each with its rate card: {items, total, page, pageSize}.")
            .WithName("ListChannels");
        group.MapGet("/{code}", async (string code, ChannelAdminService service, CancellationToken ct) => (await service.Get(code, ct)).Ok())
            .WithSummary("One channel with its rate card.")
            .WithName("GetChannel")
            .Produces<ChannelView>();
        group.MapPost("/", async (ChannelRequest body, ChannelAdminService service, CancellationToken ct) =>
                (await service.Create(body, ct)).Created(c => $"/api/admin/channels/{c.Code}"))
            .WithSummary("Create a channel. 409 duplicate names the taken field (errors.code, errors.serviceIndicator or errors.name: no two channels share a service indicator or, ignoring case, a name); 400 names every invalid field (rates[1].countryCode…).")
            .WithName("CreateChannel")
            .Produces<ChannelView>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.Duplicate);
        group.MapPut("/{code}", async (string code, ChannelRequest body, ChannelAdminService service, CancellationToken ct) =>
                (await service.Update(code, body, ct)).Ok())
            .WithSummary("Replace the channel's settings and rate card (the code cannot change). Sellers' quotes use it at once. 409 duplicate (errors.serviceIndicator or errors.name) when another channel holds that value.")
            .WithName("UpdateChannel")
            .Produces<ChannelView>()
            .ProducesConflict(ProblemCodes.Duplicate);
        group.MapGet("/{code}/quote", async (string code, string? countryCode, int? weightGrams, GoodsType? goodsType, ChannelAdminService service, CancellationToken ct) =>
                (await service.Quote(code, new QuoteRequest { CountryCode = countryCode, WeightGrams = weightGrams, GoodsType = goodsType }, ct)).Ok())
            .WithSummary("What the channel charges for a destination and weight (goods type General unless given), as sellers are quoted.")
            .WithName("QuoteChannel")
            .Produces<QuotePreview>();
    }
}
