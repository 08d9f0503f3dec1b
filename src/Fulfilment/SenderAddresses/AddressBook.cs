namespace Fulfilment.SenderAddresses;

/// <summary>The address book's rules that the pages, the create step and bulk shipping share.</summary>
public static class AddressBook
{
    /// <summary>The book's order: the default address first (the one a parcel goes from unless another is chosen), then by age.</summary>
    public static IQueryable<SenderAddress> InBookOrder(this IQueryable<SenderAddress> addresses) =>
        addresses.OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id);

    /// <summary>
    /// <see cref="InBookOrder"/> for a query written in plain SQL (the create step's first round trip). A test checks
    /// that EF writes the same ORDER BY for <see cref="InBookOrder"/>.
    /// </summary>
    public const string SqlOrder = "is_default DESC, id";

    /// <summary>No sender address to ship from: none in the book, or the chosen one is not in it.</summary>
    public static Problem NoSender(long? chosen) => Problem.Field(
        nameof(CreateLogisticsOrderRequest.SenderAddressId),
        chosen is null ? Text.Get("Add a sender address to your address book first.") : Text.Get("Choose a sender address from your address book."));
}
