namespace Fulfilment.Orders;

public static class OrderProblems
{
    /// <summary>Also the answer for another store's order: it is not found, never forbidden.</summary>
    public static Problem NotFound() => Problem.NotFound(Text.Get("This order does not exist."));
}
