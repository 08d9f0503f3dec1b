namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// What each field means to a client, for the fields whose type says nothing itself (a doc comment on the property wins).
/// Keyed by the JSON name, or by <c>Schema.property</c> where one name means different things. A field added without a
/// description fails <c>OpenApiDocumentTests</c>: describe it on its type or here.
/// </summary>
internal static class ApiGlossary
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        // Auth
        ["accessToken"] = "The bearer token: send it as `Authorization: Bearer <accessToken>`. Opaque; do not parse it.",
        ["expiresIn"] = "Seconds until the access token expires; refresh it before then.",
        ["refreshToken"] = "Exchanges for a new token pair at `POST /api/auth/refresh`; works once (a reused one revokes its family).",
        ["tokenType"] = "Always `Bearer`.",
        ["email"] = "The user's email address, which is also the sign-in name.",
        ["password"] = "The password (at most 128 characters). Never answered or logged.",
        ["role"] = "What the user may do: Seller, WarehouseStaff or Admin.",
        ["storeId"] = "The seller's store; null for warehouse staff and admins.",
        ["storeName"] = "The seller's store name; null for warehouse staff and admins.",
        ["warehouseId"] = "The warehouse staff member's warehouse; null for sellers and admins.",
        ["warehouseCode"] = "The warehouse a staff member works at; null for sellers and admins.",
        ["warehouseName"] = "The name of the staff member's warehouse; null for sellers and admins.",
        ["isDisabled"] = "True when an admin disabled the user: their tokens stop working.",
        ["lockedOut"] = "True while the account is locked after repeated failed sign-ins.",
        ["NewUserRequest.storeName"] = "Sellers only (required for them): the store the seller joins, created when no store has this name.",
        ["NewUserRequest.warehouseCode"] = "Warehouse staff only (required for them): the code of the warehouse they work at.",

        // Freight account and ledger
        ["method"] = "How charges are withheld: Alipay or BankCard.",
        ["holderName"] = "The account holder's name, as the bank or Alipay knows it.",
        ["accountNumber"] = "The bank card number (12 to 19 digits, Luhn-checked; spaces allowed) or the Alipay account (email or 11-digit mainland mobile). Used once to check and mask it; never stored or answered.",
        ["accountMasked"] = "The bound account with all but its last digits hidden; null while unbound.",
        ["boundAt"] = "When the account was (re)bound; null while unbound.",
        ["isBound"] = "Deprecated: the same as `status == Bound`; read `status`.",
        ["balance"] = "The prepaid balance, in `currency`.",
        ["currency"] = "The ISO 4217 currency of the amounts (CNY).",
        ["amount"] = "The amount, in the account's currency.",
        ["TopUpRequest.amount"] = "How much to add to the prepaid balance: more than 0, at most 100000, two decimals at most.",
        ["TopUpResult.amount"] = "The amount added.",
        ["LedgerEntryView.amount"] = "Signed: a top-up, withholding or refund is positive, a charge negative; the balance is the sum of all amounts.",
        ["balanceAfter"] = "The prepaid balance right after this entry.",
        ["ledgerEntryId"] = "The ledger entry the top-up created.",
        ["note"] = "What the entry was for, in words; may be null.",
        ["LedgerEntryView.kind"] = "What moved the money.",
        ["LedgerEntryView.id"] = "The ledger entry's id.",

        // Addresses
        ["name"] = "The name.",
        ["Address.name"] = "The person or company at the address.",
        ["SenderAddressRequest.name"] = "The sender's name, as printed on the label.",
        ["SenderAddressView.name"] = "The sender's name, as printed on the label.",
        ["phone"] = "A phone number: digits, spaces, +, - and brackets (5 to 30 characters).",
        ["countryCode"] = "Two-letter ISO 3166-1 country code, e.g. `US`.",
        ["province"] = "State, province or region; may be empty where the country has none.",
        ["city"] = "The city.",
        ["postalCode"] = "The postal code, where the country uses one.",
        ["line1"] = "Street and number.",
        ["line2"] = "Apartment, floor, building (optional).",
        ["isDefault"] = "True for the store's default sender address, used when a logistics order names none. Setting it moves the mark from the previous default.",
        ["SenderAddressView.id"] = "The address's id, for `senderAddressId` when creating a logistics order.",

        // Orders
        ["orderNumber"] = "The marketplace order number (letters, digits, - and _), unique within the store.",
        ["buyerName"] = "The buyer's name, as the marketplace gives it.",
        ["buyerChannelCode"] = "The logistics channel the buyer chose at checkout; shipping with another needs `confirmChannelMismatch: true`.",
        ["buyerChannelName"] = "The name of the channel the buyer chose.",
        ["placedAt"] = "When the buyer placed the order (UTC).",
        ["shipBy"] = "When the parcels must be shipped by (UTC); at most a year after `placedAt`.",
        ["recipient"] = "Where the parcel goes.",
        ["CreateLogisticsOrderRequest.recipient"] = "A recipient for this parcel only (the order keeps its own); null ships to the order's recipient.",
        ["lines"] = "The product lines.",
        ["CreateOrderRequest.lines"] = "The product lines: 1 to 100, each SKU once.",
        ["OrderSummary.lines"] = "How many product lines the order has.",
        ["LogisticsOrderView.lines"] = "What the parcel holds, line by line.",
        ["CreateLogisticsOrderRequest.lines"] = "Which order lines and how many units go in this parcel (1 to 100 lines, each SKU once); null packs everything that remains.",
        ["sku"] = "The product's SKU, as the order line names it.",
        ["title"] = "The product title.",
        ["quantity"] = "How many units.",
        ["unitPrice"] = "The price of one unit, for customs: 0 to 1000000, two decimals at most.",
        ["weightGrams"] = "Weight in whole grams.",
        ["OrderLineRequest.weightGrams"] = "The weight of one unit, in whole grams.",
        ["OrderLineView.weightGrams"] = "The weight of one unit, in whole grams.",
        ["shippedQuantity"] = "Units already in a logistics order that is not cancelled.",
        ["remainingQuantity"] = "Units not yet in any logistics order.",
        ["totalQuantity"] = "Units over all lines.",
        ["status"] = "Where the resource is in its lifecycle.",
        ["urgency"] = "How close `shipBy` is: Overdue, DueToday, Upcoming, or Done once shipped.",
        ["destinationCountry"] = "The recipient's country (two-letter ISO code).",
        ["recipientName"] = "The recipient's name.",
        ["recipientCity"] = "The recipient's city.",
        ["parcelsAwaitingNotice"] = "Logistics orders of this order with no shipping notice filed yet.",
        ["logisticsOrders"] = "The order's logistics orders (parcels), newest first.",
        ["timeline"] = "Every step taken on the order, oldest first.",
        ["completedAt"] = "When the shipment was confirmed complete; null until then.",
        ["completedBy"] = "Who confirmed the shipment complete; null until then.",

        // Channels and quotes
        ["channelCode"] = "The logistics channel's code, e.g. `CAINIAO_STANDARD`.",
        ["carrier"] = "The carrier that runs the channel.",
        ["eligible"] = "True when the channel can carry this parcel; otherwise `reason` says why.",
        ["reason"] = "Why: in words for people.",
        ["reasonCode"] = "Why the channel cannot carry the parcel, as a code to switch on; null when eligible.",
        ["freight"] = "The freight, in `currency`.",
        ["returnServiceFee"] = "The fee for returning an undeliverable parcel, charged with the freight.",
        ["isBuyerChoice"] = "True for the channel the buyer chose.",
        ["goodsType"] = "What kind of goods the parcel holds; channels accept some kinds only.",
        ["goodsTypes"] = "The kinds of goods the channel accepts.",
        ["maxWeightGrams"] = "The heaviest parcel the channel carries, in grams.",
        ["code"] = "The code, unique, used in paths and requests.",
        ["ChannelRequest.code"] = "The channel's code: letters, digits and underscores; stored upper-case.",
        ["WarehouseRequest.code"] = "The warehouse's code: letters, digits, hyphens and underscores; stored upper-case.",
        ["ChannelRequest.name"] = "The channel's name, as sellers see it.",
        ["ChannelView.name"] = "The channel's name, as sellers see it.",
        ["ChannelQuoteView.name"] = "The channel's name.",
        ["serviceIndicator"] = "Two capital letters that start every waybill number of the channel (UPU S10).",
        ["originCountry"] = "The country the goods ship from (two-letter ISO code).",
        ["active"] = "False hides it from new logistics orders; existing ones are unaffected.",
        ["rates"] = "The rate card: one row per destination country, plus `*` for every other country.",
        ["registrationFee"] = "The fixed fee per parcel.",
        ["perKg"] = "The price per kilogram of chargeable weight.",
        ["minChargeableGrams"] = "The least weight charged for, in grams.",
        ["rateCountryCode"] = "The rate row used: the destination's country code, or `*`.",
        ["chargeableGrams"] = "The weight charged for: the parcel's, at least `minChargeableGrams`.",
        ["updatedAt"] = "When it was last changed (UTC).",
        ["createdAt"] = "When it was created (UTC).",

        // Logistics orders
        ["id"] = "The id.",
        ["LogisticsOrderView.id"] = "The logistics order's id, used in its paths.",
        ["waybillNumber"] = "The waybill (tracking) number: two letters, nine digits, two letters (e.g. `LP000000017CN`).",
        ["LedgerEntryView.waybillNumber"] = "The parcel the entry is for; null for top-ups.",
        ["confirmChannelMismatch"] = "Must be true when `channelCode` is not the channel the buyer chose; otherwise 409 channel_mismatch_unconfirmed.",
        ["senderAddressId"] = "The sender address from the store's address book; null uses the default one.",
        ["parcel"] = "The parcel as packed, with its CN22 customs header.",
        ["handover"] = "How the parcel reaches a warehouse.",
        ["CreateLogisticsOrderRequest.handover"] = "How the parcel reaches a warehouse: Auto (door pickup where a collection warehouse serves the sender, else self-send) or RequestPickup (needs `pickupWarehouseCode`); null is Auto.",
        ["pickupWarehouseCode"] = "With `handover: RequestPickup`: the collection warehouse asked to collect.",
        ["undeliverable"] = "What happens to an undeliverable parcel: Return (charged the return service fee) or Destroy.",
        ["agreementAccepted"] = "Must be true: the seller accepts the online shipping agreement.",
        ["charged"] = "What was charged for this parcel so far (freight, return fee and adjustments).",
        ["noticeFiled"] = "True once a shipping notice lists this parcel.",
        ["cancelledAt"] = "When it was cancelled; null unless cancelled.",
        ["receivedAt"] = "When a warehouse scanned it in; null until then.",
        ["measuredWeightGrams"] = "The weight the warehouse measured, in grams; null until received.",
        ["InboundScanRequest.measuredWeightGrams"] = "What the scale says, in whole grams (1 to 100000).",
        ["labelPrintCount"] = "How many times the label was printed (each download is a print).",
        ["labelLastPrintedAt"] = "When the label was last printed; null if never.",
        ["sender"] = "The sender address printed on the label.",
        ["mode"] = "How the parcel reaches the warehouse: DoorPickup, SelfSend or PickupRequested.",
        ["warehouse"] = "The warehouse that receives the parcel.",
        ["pickupRequest"] = "The pickup request and its decision, when one was made; otherwise null.",
        ["lengthCm"] = "Length in whole centimetres (1 to 300), optional.",
        ["widthCm"] = "Width in whole centimetres (1 to 300), optional.",
        ["heightCm"] = "Height in whole centimetres (1 to 300), optional.",
        ["declaredValue"] = "Total value declared to customs; defaults to the sum of the lines' values.",
        ["contentsDescription"] = "What is inside, in English for customs (e.g. `Phone case`): printable ASCII, at most 100 characters.",
        ["customsCategory"] = "The CN22 category of the contents; Merchandise when omitted.",
        ["description"] = "The line's description for customs, in English; defaults to the product title.",
        ["hsCode"] = "The Harmonized System code, 6 to 10 digits (dots and spaces ignored); optional.",
        ["value"] = "The customs value of the line; defaults to quantity × unit price.",
        ["logisticsOrderId"] = "The logistics order concerned; null when the entry is about no single parcel.",
        ["logisticsOrderIds"] = "The logistics orders to print, each once, in the order the pages should come (1 to 500).",

        // Notices
        ["waybillNumbers"] = "The waybill numbers of the order's parcels handed over (1 to 100).",
        ["shippedAt"] = "When the parcels were handed over (UTC); now when omitted; never in the future.",
        ["filedAt"] = "When the notice was filed (UTC).",
        ["filedBy"] = "Who filed the notice.",
        ["orderStatus"] = "The order's status after the notice.",

        ["carrierName"] = "The carrier the seller sent the shipment with, outside online shipping (e.g. `SF Express`).",
        ["trackingNumber"] = "That carrier's tracking number.",
        ["trackingUrl"] = "Where the buyer can follow the shipment on the carrier's site (http or https); optional.",
        ["ExternalShipmentRequest.lines"] = "What the shipment holds, per SKU; null means every unit that remains to ship.",
        ["ShippingNoticeView.externalShipments"] = "The shipments the seller sent by its own carrier, declared with this notice.",
        ["externalShipments"] = "Shipments sent by the seller's own carrier (not online shipping): their units count as shipped.",
        ["handedOver"] = "True confirms that the listed parcels no warehouse has received yet are packed and handed to the carrier; without it such a parcel is 409 not_handed_over.",
        ["AgreementAcceptanceView.version"] = "The version of the Online Shipping User Agreement the seller accepted.",
        ["AgreementAcceptanceView.acceptedAt"] = "When the seller accepted it (ISO 8601, UTC).",
        ["agreementVersion"] = "The version of the Online Shipping User Agreement the seller read (optional; the current one when omitted). Another version is refused: the text changed since it was read.",
        ["chineseName"] = "The channel's name in the Chinese UI; empty shows `name`.",
        ["ChannelRequest.chineseName"] = "The channel's name in the Chinese UI (optional; empty shows `name`).",
        ["awaitingNotice"] = "Whether the order offers Fill in shipping notice: a parcel waits for its notice, or the order is partially shipped.",
        ["timeZone"] = "An IANA time-zone id (e.g. `Asia/Shanghai`): pages show times in it and count today, due today and overdue by its days.",

        // Warehouse
        ["kind"] = "The kind.",
        ["WarehouseRequest.kind"] = "Collection (collects door to door in its service area) or Transit (receives self-sends).",
        ["WarehouseView.kind"] = "Collection (collects door to door in its service area) or Transit (receives self-sends).",
        ["address"] = "The warehouse's address.",
        ["isDefaultTransit"] = "True for the transit warehouse that receives self-sends by default.",
        ["serviceArea"] = "Where a collection warehouse collects door to door.",
        ["cities"] = "Cities served, in any spelling sellers use.",
        ["postalCodePrefixes"] = "Postal-code prefixes served (letters and digits), e.g. `311`.",
        ["requestedAt"] = "When the seller asked for the pickup (UTC).",
        ["requestedBy"] = "Who asked for the pickup.",
        ["decidedAt"] = "When the warehouse accepted or rejected; null while pending.",
        ["decidedBy"] = "Who accepted or rejected; null while pending.",
        ["rejectionReason"] = "Why the warehouse rejected; null unless rejected.",
        ["PickupRejection.reason"] = "Why the warehouse will not collect (required, at most 500 characters); the seller reads it.",
        ["store"] = "The seller's store.",
        ["senderAddress"] = "Where to collect the parcel.",
        ["handoverMode"] = "How the parcel reaches the warehouse.",
        ["alreadyReceived"] = "True for a repeated scan, which changes nothing.",
        ["freightAdjustment"] = "Freight charged (positive) or refunded (negative) for the measured weight; 0 for none.",

        // Timeline
        ["at"] = "When it happened (UTC).",
        ["actor"] = "Who did it: a user's email, or `system`.",
        ["data"] = "The step's particulars.",
        ["TimelineEntryView.kind"] = "What happened; it decides which `data` keys appear.",
        ["UserView.id"] = "The user's id, used in its paths.",
        ["PickupRequestView.id"] = "The pickup request's id, used in its paths.",
        ["PickupView.id"] = "The pickup request's id.",
        ["PickupParcelView.id"] = "The logistics order's id.",
        ["ShippingNoticeView.id"] = "The shipping notice's id.",
        ["StoreRef.id"] = "The store's id.",
        ["StoreRef.name"] = "The store's name.",
        ["WarehouseRef.name"] = "The warehouse's name.",
        ["WarehouseRef.code"] = "The warehouse's code.",
        ["WarehouseView.name"] = "The warehouse's name.",
        ["WarehouseRequest.name"] = "The warehouse's name.",
        ["WarehouseRequest.chineseName"] = "The warehouse's name in the Chinese UI (optional; empty shows `name`). A PUT without it clears it.",
        ["WarehouseView.chineseName"] = "The warehouse's name in the Chinese UI; null shows `name`.",
        ["WarehouseRef.chineseName"] = "The warehouse's name in the Chinese UI; null shows `name`.",

        // Bulk shipping (POST /api/orders/bulk-logistics-orders and its preview)
        ["BulkShipRequest.orderNumbers"] = "The store's order numbers to ship, each once: 1 to 100. Results come in this order.",
        ["BulkShipRequest.goodsType"] = "The goods type of every parcel of the batch; General when omitted.",
        ["BulkShipRequest.undeliverable"] = "For every parcel of the batch: Return (the channel's return service fee is charged per parcel) or Destroy. Required.",
        ["BulkShipRequest.agreementAccepted"] = "Must be true to ship (not needed for a preview): the seller accepts the Online Shipping User Agreement for every parcel.",
        ["BulkShipPreview.orders"] = "Every order of the batch, in the given order, with its quote or the reason it would be skipped.",
        ["BulkShipPreview.eligibleCount"] = "How many orders can ship with their buyer's channel.",
        ["BulkShipPreview.skippedCount"] = "How many orders cannot ship this way and would be skipped.",
        ["BulkShipPreview.toBeDeducted"] = "What shipping the eligible orders deducts in all (freight plus return service fees), in `currency`.",
        ["BulkShipPreview.balance"] = "The prepaid credit now; a shortfall is withheld from the bound account when the batch ships.",
        ["BulkShipCandidate.eligible"] = "True when the order can ship with its buyer's channel as the bulk rule packs it; otherwise `problem` says why.",
        ["BulkShipCandidate.buyerChannelCode"] = "The channel the buyer chose; null when none.",
        ["BulkShipCandidate.channelName"] = "The name of the buyer's channel; null when the order is skipped.",
        ["BulkShipCandidate.destinationCountry"] = "The recipient's country (two-letter ISO code); null for an order that was not found.",
        ["BulkShipCandidate.weightGrams"] = "The parcel's weight in grams: the weight of every remaining unit. Null when skipped.",
        ["BulkShipCandidate.units"] = "How many units go in the parcel: every unit left to ship. Null when skipped.",
        ["BulkShipCandidate.freight"] = "The freight the buyer's channel charges for this parcel, in the preview's `currency`. Null when skipped.",
        ["BulkShipCandidate.returnServiceFee"] = "The return service fee (with undeliverable Return), else 0. Null when skipped.",
        ["BulkShipCandidate.toBeDeducted"] = "What this parcel deducts: freight plus return service fee. Null when skipped.",
        ["BulkShipCandidate.senderName"] = "The name on the default sender address the parcel is sent from. Null when skipped.",
        ["BulkShipCandidate.handover"] = "How the parcel reaches the network: DoorPickup or SelfSend (what Auto gives the default sender). Null when skipped.",
        ["BulkShipCandidate.warehouseName"] = "The collection warehouse that collects it, or the transit warehouse it is sent to. Null when skipped.",
        ["BulkShipCandidate.problem"] = "Why the order would be skipped; null when it can ship.",
        ["BulkShipProblem.code"] = "The stable problem code, as the single-order create answers it (e.g. `no_buyer_channel`, `channel_ineligible`, `not_found`).",
        ["BulkShipProblem.message"] = "What stopped the order, in words for people (in the request's language).",
        ["BulkShipResult.results"] = "A result per order of the batch, in the given order.",
        ["BulkShipResult.createdCount"] = "How many orders have a logistics order from this batch (also those answered again by a repeat).",
        ["BulkShipResult.failedCount"] = "How many orders were not shipped.",
        ["BulkShipResult.deducted"] = "The sum of the created logistics orders' charges (`charged`), in `currency`.",
        ["BulkShipItemResult.created"] = "True when the order has its logistics order (created now, or by an earlier run of the same batch).",
        ["BulkShipItemResult.logisticsOrder"] = "The order's logistics order, as the single-order create answers it; null when not created.",
        ["BulkShipItemResult.problem"] = "Why the order was not shipped (nothing was created or charged for it); null when created.",

        // Paging
        ["items"] = "The items on this page.",
        ["total"] = "How many items match, over all pages.",
        ["page"] = "This page's number, from 1.",
        ["pageSize"] = "Items per page, as asked.",
        ["pageCount"] = "How many pages there are.",

        // Problems
        ["ProblemDetails.type"] = "A URI naming the kind of problem.",
        ["ProblemDetails.title"] = "A short summary of the kind of problem.",
        ["ProblemDetails.status"] = "The HTTP status code, repeated.",
        ["ProblemDetails.code"] = "The stable error code to switch on (see the table in the API description).",
    };

    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["id"] = "The resource's id.",
        ["orderNumber"] = "The marketplace order number.",
        ["code"] = "The code (case-insensitive).",
        ["q"] = "Text to search for.",
        ["status"] = "Only items in this status.",
        ["waybillNumber"] = "Only parcels whose waybill number contains this (case and blanks ignored).",
        ["unprinted"] = "True keeps only parcels whose label was never printed (cancelled ones excluded).",
        ["format"] = "The label's file format: `pdf` (default, application/pdf) or `zpl` (ZPL II as text/plain).",
        ["goodsType"] = "What kind of goods the parcel holds; General when omitted.",
        ["weightGrams"] = "The parcel weight in grams; omitted, the weight of the order's remaining units.",
        ["countryCode"] = "The destination country (two-letter ISO code).",
        ["role"] = "Only users with this role.",
        ["shipByFrom"] = "Only orders whose ship-by date is on or after this day (YYYY-MM-DD, in the store's time zone).",
        ["shipByTo"] = "Only orders whose ship-by date is on or before this day (YYYY-MM-DD, in the store's time zone).",
        ["placedFrom"] = "Only orders placed on or after this day (YYYY-MM-DD, in the store's time zone).",
        ["placedTo"] = "Only orders placed on or before this day (YYYY-MM-DD, in the store's time zone).",
        ["country"] = "Only orders to this destination country (two-letter ISO code, case-insensitive).",
        ["sort"] = "Sort by orderNumber, placed, shipBy, buyer or country; a leading - sorts descending (e.g. -placed). Omitted: the tab's own order.",
    };

    private static readonly Dictionary<string, string> Sets = new(StringComparer.Ordinal)
    {
        [Identity.Roles.SchemaName] = "What a user may do: Seller (a store's API and pages), WarehouseStaff (one warehouse's pickups and inbound scans), Admin (configuration and users).",
        ["InboxSort"] = "How to sort orders: a column (orderNumber, placed, shipBy, buyer, country), descending with a leading `-`.",
        ["LabelFormat"] = "A label's file format: `pdf` (application/pdf, 100 × 150 mm) or `zpl` (ZPL II for thermal printers, as text/plain).",
    };

    /// <summary>Fields kept for existing clients that new ones should not use.</summary>
    public static readonly IReadOnlySet<string> Deprecated = new HashSet<string>(StringComparer.Ordinal) { "FreightAccountView.isBound" };

    /// <summary>The description a property keeps: its own when it has a clean one, else the glossary's.</summary>
    public static string? Describe(string schema, string property, string? own) =>
        !string.IsNullOrWhiteSpace(own) && !Leaks(own) ? own
        : Fields.TryGetValue($"{schema}.{property}", out var specific) ? specific
        : Fields.TryGetValue(property, out var general) ? general
        : own;

    public static string? DescribeParameter(string name, string? own) =>
        !string.IsNullOrWhiteSpace(own) ? own : Parameters.GetValueOrDefault(name);

    public static string DescribeSet(string name, IReadOnlyList<string> values) =>
        Sets.TryGetValue(name, out var text) ? text : $"One of: {string.Join(", ", values)}.";

    /// <summary>Text generated from a C# doc comment that names C# types or members instead of JSON fields.</summary>
    public static bool Leaks(string text) =>
        text.Contains("&lt;", StringComparison.Ordinal) || text.Contains("&gt;", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(string|long|int|decimal|bool|List|IReadOnlyList|Address|HandoverChoice)\??\s+[A-Z]\w*\.[A-Z]\w*")
        || text.Contains(".md", StringComparison.Ordinal);
}
