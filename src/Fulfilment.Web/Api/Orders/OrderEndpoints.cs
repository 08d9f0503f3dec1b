namespace Fulfilment.Web.Api.Orders;

/// <summary><c>/api/orders</c>: order intake and the orders inbox.</summary>
internal sealed class OrderEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders").RequireAuthorization(Policies.ApiSeller).WithTags("Orders");
        group.MapPost("/", async (CreateOrderRequest body, OrderIntakeService service, CancellationToken ct) =>
            (await service.Create(body, ct)).Created(o => $"/api/orders/{Uri.EscapeDataString(o.OrderNumber)}"))
            .WithSummary("Add an order from the marketplace. orderNumber: letters, digits, - and _ (up to 40); buyerChannelCode: a configured channel, or null/omitted when the buyer chose none; dates ISO 8601. 409 duplicate for an order number the store already has.")
            .WithName("CreateOrder")
            .Produces<OrderDetails>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.Duplicate);
        group.MapGet("/", async (
                OrderService service, OrderStatus? status, string? q, int? page, int? pageSize,
                string? shipByFrom, string? shipByTo, string? placedFrom, string? placedTo, string? country, string? sort, CancellationToken ct) =>
            {
                var filter = InboxFilter.Parse(shipByFrom, shipByTo, placedFrom, placedTo, country, sort);
                return filter.IsSuccess
                    ? TypedResults.Ok(await service.List(new InboxQuery(status, q, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize)) { Filter = filter.Value }, ct))
                    : filter.Problem.ToResult();
            })
        .WithSummary("The store's orders. status: AwaitingShipment, PartiallyShipped or Shipped (open ones by ship-by date, shipped newest first; without status, open statuses first). q: part of an order number or buyer name (3+ characters), else a whole order number or the start of a name.")
        .WithDescription(
            "Filters (each optional, combined with AND): shipByFrom / shipByTo and placedFrom / placedTo are days (YYYY-MM-DD) in the " +
            "store's time zone, both ends included; country is the destination's two-letter ISO code. sort orders by orderNumber, " +
            "placed, shipBy, buyer or country, ascending, or descending with a leading - (e.g. -placed); ties by the order's age. " +
            "An unreadable value, or a range ending before it starts, is 400 validation_failed with errors naming the parameter " +
            "(e.g. errors.shipByFrom).")
        .WithName("ListOrders")
        .Produces<Paged<OrderSummary>>()
        .AcceptsQueryValues("sort", "InboxSort", InboxSort.Values)
        .ProducesProblemCodes(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed);
        group.MapGet("/{orderNumber}", async (string orderNumber, OrderService service, CancellationToken ct) =>
            (await service.Details(orderNumber, ct)).Ok())
            .WithSummary("An order with its lines (ordered, shipped, remaining), its logistics orders and its timeline.")
            .WithName("GetOrder")
            .Produces<OrderDetails>();
    }
}
