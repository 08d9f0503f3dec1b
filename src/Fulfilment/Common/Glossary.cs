namespace Fulfilment.Common;

/// <summary>
/// The product's one vocabulary (issue 12 §6, docs <c>ui.md</c>): the seeds' own words in English and Chinese, and the
/// Chinese synonyms that must not appear anywhere in the UI. The unit test <c>VocabularyTests</c> checks every
/// resource string against it: a banned synonym, a term whose Chinese translation does not use the glossary's word, or
/// an English term left untranslated in a Chinese string fails the build.
/// </summary>
public static class Glossary
{
    /// <summary>Chinese words never to use, each with the seed's word to use instead.</summary>
    public static readonly IReadOnlyDictionary<string, string> BannedChinese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["物流渠道"] = "物流方案",
        ["渠道"] = "物流方案",
        ["承运商"] = "物流商",
        ["发货地址"] = "发件地址",
        ["运费账户"] = "运费扣款账户",
    };

    /// <summary>The terms, English as the English seed says them, Chinese as the Chinese seed does.</summary>
    public static readonly IReadOnlyList<GlossaryTerm> Terms =
    [
        new("Transaction", "交易", GlossaryMatch.WholeText),
        new("All orders", "所有订单"),
        new("Awaiting shipment", "等待您发货"),
        new("Partially shipped", "部分发货"),
        new("Shipped", "已发货", GlossaryMatch.WholeText),
        new("Shipping", "发货", GlossaryMatch.WholeText),
        new("Online shipping", "线上发货"),
        new("Choose the logistics channel", "选择物流方案"),
        new("Logistics channel", "物流方案"),
        new("Goods type", "货物类型"),
        new("Create logistics order", "创建物流订单"),
        new("Modify recipient info", "修改收件信息"),
        new("Sender address", "发件地址"),
        new("Collection warehouse", "揽收仓库"),
        new("Door-to-door pickup (free)", "免费上门揽收"),
        new("Apply for warehouse pickup", "申请仓库上门揽收"),
        new("Self-send to the designated transit warehouse", "自寄至指定中转仓库"),
        new("Undeliverable", "无法投递"),
        new("Return", "退回", GlossaryMatch.WholeText),
        new("Destroy", "销毁", GlossaryMatch.WholeText),
        new("Return service fee", "退件服务费"),
        new("Submit shipment", "提交发货"),
        new("Logistics order created successfully", "成功创建物流订单"),
        new("Logistics order details", "物流订单详情"),
        new("International tracking number", "国际物流单号"),
        new("Print shipping label", "打印发货标签"),
        new("International small package orders", "国际小包订单"),
        new("International small packages", "国际小包"),
        new("Fill in shipping notice", "填写发货通知"),
        new("Confirm shipment complete", "发货完毕确认"),
        new("Freight deduction account", "运费扣款账户"),
        new("Batch export labels", "批量导出发货标签"),
        new("Transaction order number", "交易订单号"),
        new("Online Shipping User Agreement", "在线发货使用者协议"),
        new("Carrier", "物流商", GlossaryMatch.WholeText),
        new("Logistics provider", "物流商"),
    ];
}

/// <summary>How a term is found in an English resource key.</summary>
public enum GlossaryMatch
{
    /// <summary>The key holds the term (case-insensitive), e.g. "Print shipping label" in "Print shipping label again".</summary>
    Phrase,

    /// <summary>The key is the term itself (a short, common word such as "Return" or "Shipping").</summary>
    WholeText,
}

/// <summary>One term: its English words, the Chinese the UI must use for it, and how it is recognised.</summary>
public sealed record GlossaryTerm(string English, string Chinese, GlossaryMatch Match = GlossaryMatch.Phrase)
{
    public bool FoundIn(string englishKey) => Match == GlossaryMatch.WholeText
        ? string.Equals(englishKey.Trim().TrimEnd('.', ':'), English, StringComparison.OrdinalIgnoreCase)
        : englishKey.Contains(English, StringComparison.OrdinalIgnoreCase);
}
