namespace Fulfilment.Web.Pages.Shipping;

/// <summary>What the wizard's pages do with a problem that is not about a field: where the seller is sent, and why.</summary>
internal static class ShippingPages
{
    public static string ChannelUrl(string orderNumber) => $"/Shipping/{Uri.EscapeDataString(orderNumber)}/Channel";

    public static string OrderUrl(string orderNumber) => $"/Orders/{Uri.EscapeDataString(orderNumber)}";

    /// <summary>
    /// Another store's order is not found; without a bound account the seller is sent to bind one (and brought back);
    /// an order with nothing left to ship goes back to the order with the reason. Anything else stays on the page (null).
    /// </summary>
    public static IActionResult? Leave(PageModel page, Problem problem, string orderNumber, string returnUrl)
    {
        switch (problem.Code)
        {
            case ProblemCodes.NotFound:
                return new NotFoundResult();
            case ProblemCodes.FreightAccountUnbound:
                return new RedirectResult($"/FreightAccount?reason=unbound&returnUrl={Uri.EscapeDataString(returnUrl)}");
            case ProblemCodes.InvalidState or ProblemCodes.NothingToShip when problem.Errors is null:
                page.TempData["Error"] = problem.Message;
                return new RedirectResult(OrderUrl(orderNumber));
            default:
                return null;
        }
    }
}
