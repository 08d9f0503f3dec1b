namespace Fulfilment.Channels;

/// <summary>What the parcel holds, as carriers classify it. Special goods are accepted only by some channels.</summary>
public enum GoodsType
{
    /// <summary>Ordinary goods.</summary>
    General,

    /// <summary>Contains a battery or is charged with one.</summary>
    Battery,

    /// <summary>Liquids.</summary>
    Liquid,

    /// <summary>Liquid or powder cosmetics.</summary>
    Cosmetics,
}
