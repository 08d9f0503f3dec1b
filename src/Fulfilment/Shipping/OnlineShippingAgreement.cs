namespace Fulfilment.Shipping;

/// <summary>
/// The Online Shipping User Agreement (《在线发货使用者协议》) a seller accepts before submitting a shipment. The text is
/// versioned: a change of wording gets a new <see cref="Version"/>, and each parcel stores the version accepted and when.
/// The text is legal wording in both languages, so it lives here as a whole rather than phrase by phrase in resources.
/// </summary>
public static class OnlineShippingAgreement
{
    /// <summary>The version in force; stored on every parcel created under it.</summary>
    public const string Version = "2026-12-01";

    public static readonly DateOnly EffectiveFrom = new(2026, 12, 1);

    /// <summary>The agreement's numbered clauses in English or Chinese.</summary>
    public static IReadOnlyList<AgreementClause> Clauses(bool chinese) => chinese ? Chinese : English;

    private static readonly AgreementClause[] English =
    [
        new("Scope", "This agreement governs the online shipping service: choosing a logistics channel, creating a logistics order, handing the parcel over and filing the shipping notice for your marketplace orders."),
        new("Freight and fees", "By submitting a shipment you authorise the freight, and the return service fee when you choose Return, to be deducted from your freight deduction account: prepaid credit first, the rest withheld from the bound account. The warehouse's measured weight may adjust the freight; the difference is charged or refunded on your ledger."),
        new("Your parcel", "You declare the contents, weight and value truthfully in English for customs, pack the parcel securely, and do not ship goods the chosen channel refuses. Special goods (battery, liquid, cosmetics) must be declared as such."),
        new("Handover", "A parcel is collected at your door, collected after the warehouse accepts your pickup request, or self-sent by you to the designated transit warehouse in two layers of packaging. Until a warehouse scans it in, the parcel is in your care."),
        new("Undeliverable parcels", "If the parcel cannot be delivered abroad it is returned (the return service fee is charged when you submit; no return freight is charged later) or destroyed free of charge, as you chose."),
        new("Cancellation", "You may cancel a logistics order until a warehouse has received it or its shipping notice is filed; its freight and fees are refunded."),
        new("Records", "Every step is recorded on the order's timeline. The version of this agreement you accepted and the time are stored with each logistics order."),
    ];

    private static readonly AgreementClause[] Chinese =
    [
        new("适用范围", "本协议适用于线上发货服务：为您的交易订单选择物流方案、创建物流订单、交付包裹及填写发货通知。"),
        new("运费与费用", "提交发货即表示您授权从运费扣款账户中扣除运费，以及选择退回时的退件服务费：先扣预存金额，不足部分从绑定账户代扣。仓库实测重量可能调整运费，差额将在账户明细中扣除或退还。"),
        new("您的包裹", "您须以英文如实申报包裹的内容、重量和价值，妥善包装，且不得交寄所选物流方案不接受的货物。特殊货物（带电、液体、化妆品）须如实选择货物类型。"),
        new("交付", "包裹由仓库免费上门揽收、经仓库接受申请后上门揽收，或由您自寄至指定中转仓库（须双层包装）。仓库扫描入库之前，包裹由您负责保管。"),
        new("无法投递包裹处理", "包裹在目的国无法投递时，按您的选择退回（提交发货时收取退件服务费，之后不再收取退回运费）或免费销毁。"),
        new("取消", "在仓库收货或填写发货通知之前，您可以取消物流订单，其运费和费用将退还。"),
        new("记录", "每一步都会记录在订单的时间线上。您接受的本协议版本和时间随每个物流订单保存。"),
    ];
}

/// <summary>One clause of the agreement: a heading and its text.</summary>
public sealed record AgreementClause(string Heading, string Text);
